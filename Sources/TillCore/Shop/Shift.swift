import Foundation

/// One cashier's time at the counter, from `till shift open` to the Z report that closes it: the
/// float put in the drawer at the start and the cash counted at the end.
public struct Shift: Hashable, Sendable, Codable {
    /// A number unique in this journal.
    public let id: Int64
    /// Who works the counter; every sale, refund and manual action of the shift carries the name.
    public let cashier: String
    /// The cash in the drawer at the start (the shift's currency is the float's).
    public let float: Money
    public let openedAt: Date
    /// When the Z report closed it; nil while it is open.
    public var closedAt: Date?
    /// The cash counted in the drawer at the close.
    public var counted: Money?
    /// The lane (`[lane] id`) whose shift it is, in a store of several; nil for a counter alone.
    public var lane: String?

    public init(id: Int64, cashier: String, float: Money, openedAt: Date, closedAt: Date? = nil, counted: Money? = nil) {
        self.id = id
        self.cashier = cashier
        self.float = float
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.counted = counted
    }

    /// Whether sales are still being added to it.
    public var isOpen: Bool { closedAt == nil }
}
