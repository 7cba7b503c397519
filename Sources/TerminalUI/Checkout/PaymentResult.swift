import TillCore

/// How a payment ended, with what the receipt-style summary shows.
public struct PaymentResult: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        case paid
        /// Refused; the reason is one sentence the cashier can act on.
        case declined(reason: String)
        /// No final answer: the gateway has not said whether the buyer paid; the reconciler finishes it.
        case unconfirmed
        /// Cancelled; the buyer was not charged.
        case cancelled
        /// The payment could not be started; the message says why and what to do.
        case notStarted(message: String)
    }

    public let outcome: Outcome
    /// The merchant order number, when the payment got one.
    public let orderNumber: String?
    /// When it ended, as the cashier reads it (formatted by the runner: the view stays pure).
    public let time: String

    public init(_ outcome: Outcome, orderNumber: String?, time: String) {
        self.outcome = outcome
        self.orderNumber = orderNumber
        self.time = time
    }
}
