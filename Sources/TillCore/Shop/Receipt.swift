import Foundation

/// The buyer's record of one sale or one refund, numbered without gaps per store. Issued in the same
/// journal transaction as the money it records, so no paid sale lacks one and no number is skipped.
public struct Receipt: Hashable, Sendable, Codable {
    /// A sale's receipt or a refund's.
    public enum Kind: String, Sendable, Codable {
        case sale
        case refund
    }

    public let number: Int64
    public let kind: Kind
    /// The order paid, or refunded.
    public let orderNumber: MerchantOrderNumber
    /// The refund's own key (its refund number, or the cash refund's id); empty for a sale.
    public let refundKey: String
    /// What was paid, or given back.
    public let amount: Money
    public let cashier: String?
    /// The lane (`[lane] id`) that issued it, in a store of several.
    public var lane: String?
    public let createdAt: Date
    /// How many times it was printed (0: never, or every try failed; it can be printed again).
    public let printed: Int

    public init(
        number: Int64, kind: Kind, orderNumber: MerchantOrderNumber, refundKey: String, amount: Money, cashier: String?,
        createdAt: Date, printed: Int
    ) {
        self.number = number
        self.kind = kind
        self.orderNumber = orderNumber
        self.refundKey = refundKey
        self.amount = amount
        self.cashier = cashier
        self.createdAt = createdAt
        self.printed = printed
    }
}
