import Foundation

/// A sale paid in cash or on an external terminal: recorded by the cashier, final at once, with no
/// gateway to ask. It has an order number like a gateway payment, so it can be found and refunded.
public struct TenderPayment: Hashable, Sendable, Codable {
    public let orderNumber: MerchantOrderNumber
    /// The sale it pays.
    public let saleID: Int64
    /// `.cash` or `.other`.
    public let tender: Tender
    /// What the sale cost.
    public let amount: Money
    /// The cash the buyer handed over (cash only; nil when the exact amount was given).
    public let tendered: Money?
    /// The external terminal's reference (`.other` only).
    public let reference: String?
    public let cashier: String
    public let createdAt: Date

    public init(
        orderNumber: MerchantOrderNumber, saleID: Int64, tender: Tender, amount: Money, tendered: Money?,
        reference: String?, cashier: String, createdAt: Date
    ) {
        self.orderNumber = orderNumber
        self.saleID = saleID
        self.tender = tender
        self.amount = amount
        self.tendered = tendered
        self.reference = reference
        self.cashier = cashier
        self.createdAt = createdAt
    }

    /// The change to give back: what was tendered above the amount (zero without a tendered amount).
    public var change: Money {
        Money(minorUnits: max(0, (tendered?.minorUnits ?? amount.minorUnits) - amount.minorUnits), currency: amount.currency)
    }
}
