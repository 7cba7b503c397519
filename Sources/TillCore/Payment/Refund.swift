import Foundation

/// Money given back to the buyer for a succeeded attempt, in full or in part.
public struct Refund: Hashable, Sendable, Codable {
    /// The refund's own stable number (`out_refund_no`): a retry with it cannot refund twice.
    public let refundNumber: String
    /// The order number of the attempt being refunded.
    public let orderNumber: MerchantOrderNumber
    /// How much goes back.
    public let amount: Money
    /// Why, as the cashier or Till gave it (`late payment after cancel`).
    public let reason: String?
    /// Where the refund stands. Changed only through `move(to:)`.
    public private(set) var state: RefundState
    /// The gateway's own identifier of the refund, once known.
    public var gatewayReference: String?
    /// When the refund was stored.
    public let createdAt: Date

    public init(
        refundNumber: String, orderNumber: MerchantOrderNumber, amount: Money, reason: String?,
        state: RefundState = .requested, gatewayReference: String? = nil, createdAt: Date
    ) {
        self.refundNumber = refundNumber
        self.orderNumber = orderNumber
        self.amount = amount
        self.reason = reason
        self.state = state
        self.gatewayReference = gatewayReference
        self.createdAt = createdAt
    }

    /// Moves the refund to `next`, or throws when the state machine forbids it.
    public mutating func move(to next: RefundState) throws(IllegalTransition) {
        state = try state.moving(to: next)
    }
}
