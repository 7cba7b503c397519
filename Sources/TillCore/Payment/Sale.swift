import Foundation

/// One sale at the counter: an amount the buyer owes, with an optional description. A sale is paid
/// by at most one succeeded attempt.
public struct Sale: Hashable, Sendable, Codable, Identifiable {
    /// A number unique in this journal.
    public let id: Int64
    /// What the buyer owes.
    public let amount: Money
    /// What was sold, shown on the checkout sheet as the commodity.
    public let description: String?
    /// When the cashier confirmed the amount.
    public let createdAt: Date

    public init(id: Int64, amount: Money, description: String?, createdAt: Date) {
        self.id = id
        self.amount = amount
        self.description = description
        self.createdAt = createdAt
    }
}
