import Foundation

/// Cash put into the drawer or taken out of it that is not a sale: change brought from the bank,
/// a supplier paid from the till. Always with a reason.
public struct CashMovement: Hashable, Sendable, Codable {
    /// Into the drawer or out of it.
    public enum Direction: String, Sendable, Codable, CaseIterable {
        case paidIn = "in"
        case paidOut = "out"
    }

    public let id: Int64
    public let direction: Direction
    /// How much; always positive (the direction says which way).
    public let amount: Money
    public let reason: String
    public let cashier: String
    public let at: Date

    public init(id: Int64, direction: Direction, amount: Money, reason: String, cashier: String, at: Date) {
        self.id = id
        self.direction = direction
        self.amount = amount
        self.reason = reason
        self.cashier = cashier
        self.at = at
    }
}
