import Foundation
import Gateways
import TillCore
import TillStrings

/// A payment the gateway knows about and the checkout is waiting on.
public struct ActivePayment: Sendable, Equatable {
    /// The sale being paid.
    public let sale: Sale
    /// The attempt, as last stored in the journal.
    public var attempt: PaymentAttempt
    /// How to ask the gateway about it.
    public var reference: PaymentReference
    /// The text to draw as a QR code (QR payments only; nil while the outcome of the create is unknown).
    public let qrPayload: String?
    /// Why the outcome is unknown, when the gateway's answer to the create settled nothing (no answer,
    /// a 5xx, `SYSTEMERROR`, an unreadable answer): the checkout is asking by the order number, and the
    /// cashier reads "Checking with the gateway…" until it knows.
    public var checking: String?
    /// Until when the gateway keeps the QR code payable (TapIn's `limit_days`, Pomelo's `expires`).
    public var expiresAt: Date?

    public init(
        sale: Sale, attempt: PaymentAttempt, reference: PaymentReference, qrPayload: String?, checking: String? = nil
    ) {
        self.sale = sale
        self.attempt = attempt
        self.reference = reference
        self.qrPayload = qrPayload
        self.checking = checking
    }

    /// The merchant order number.
    public var orderNumber: MerchantOrderNumber { attempt.orderNumber }
}

/// How a payment ended, as far as the cashier is concerned.
public enum PaymentOutcome: Sendable, Equatable {
    /// Paid.
    case paid(PaymentAttempt)
    /// Refused or failed; the error says why and what to do.
    case declined(PaymentAttempt, CashierError)
    /// Cancelled; the buyer was not charged.
    case canceled(PaymentAttempt)
    /// No final answer: the gateway has not said whether the buyer paid, and Till keeps checking.
    case unconfirmed(PaymentAttempt)

    /// What a stored attempt means to the cashier: the one mapping of attempt states onto outcomes.
    /// `closed` (given up, then confirmed unpaid by the gateway) reads as cancelled; every state without
    /// a final answer reads as unconfirmed.
    public init(_ attempt: PaymentAttempt) {
        switch attempt.state {
        case .succeeded: self = .paid(attempt)
        case .failed: self = .declined(attempt, .declined(nil))
        case .canceled, .closed: self = .canceled(attempt)
        case .created, .awaitingBuyer, .processing, .unconfirmed: self = .unconfirmed(attempt)
        }
    }

    /// One sentence for the cashier (nil when paid: the amount says it all).
    public var message: String? { message(in: Strings(.en)) }

    /// The sentence in the language of `strings`.
    public func message(in strings: Strings) -> String? {
        switch self {
        case .paid: nil
        case .declined(_, let error): error.message(in: strings)
        case .canceled: strings[.outcomeCancelled]
        case .unconfirmed: strings[.outcomeUnconfirmed]
        }
    }

    /// The attempt as stored.
    public var attempt: PaymentAttempt {
        switch self {
        case .paid(let attempt), .declined(let attempt, _), .canceled(let attempt), .unconfirmed(let attempt): attempt
        }
    }
}

/// What a wait reports as it goes, for the screen's status line and countdown.
public enum PaymentUpdate: Sendable, Equatable {
    /// The gateway answered a poll: its word and the state it maps to.
    case status(AttemptState, gatewayStatus: String, remaining: Duration)
    /// A poll got no usable answer; Till asks again at the next tick.
    case checking(reason: String, remaining: Duration)
}

/// The end of one wait window.
public enum WaitResult: Sendable, Equatable {
    /// The payment reached a final state (or was given up as unconfirmed).
    case finished(PaymentOutcome)
    /// The window ran out with no final answer: the caller keeps waiting or cancels.
    case stillWaiting(ActivePayment)
}
