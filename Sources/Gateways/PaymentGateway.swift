import Foundation
import TillCore
import TillStrings

/// One payment gateway as the checkout sees it: who it is, which currencies the account takes, and
/// how to ask where a payment stands. What else it can do is told by the capability protocols it
/// adopts (`QRPaymentGateway`, `QuickPayGateway`, `RefundingGateway`): a gateway without refunds has
/// no refund call at all, rather than one that answers "not offered".
///
/// Every connector maps its own wire format onto these calls and TillCore's state machines.
public protocol PaymentGateway: Sendable {
    /// Which gateway this is.
    var gatewayID: GatewayID { get }
    /// The currencies the account takes, as configured.
    var currencies: [Currency] { get }

    /// Asks where a payment stands. For TakeMe Pay this also charges a source that became chargeable.
    func paymentStatus(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus
    /// Asks where a payment stands without moving it forward, because nobody waits for it any more
    /// (the cashier cancelled, the wait ran out, Till restarted). TakeMe Pay never charges a source
    /// from here, so a source that becomes chargeable after a cancel is never charged; a gateway with a
    /// cancel call would cancel here. A payment that is already paid answers `succeeded`.
    func abandonPayment(_ reference: PaymentReference) async throws(GatewayError) -> PaymentStatus
}

extension PaymentGateway {
    /// Throws a configuration error when the account does not take `amount`'s currency, before
    /// anything is sent.
    func requireCurrency(_ amount: Money) throws(GatewayError) {
        guard currencies.contains(amount.currency) else {
            let taken = currencies.map(\.code).joined(separator: ", ")
            throw .cashier(.configuration("the \(gatewayID.displayName) account takes \(taken), not \(amount.currency.code)"))
        }
    }
}

/// Why a gateway call did not give a usable answer.
public enum GatewayError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A definite answer the cashier can act on (declined, refused, not offered, mismatch...).
    case cashier(CashierError)
    /// The request may have reached the gateway, but no answer came back and asking by the merchant
    /// order number did not settle it. The attempt is unconfirmed: ask its status later by
    /// `orderNumber` (never create it again with a new number while it may be paid).
    case unconfirmed(orderNumber: String, reason: String)

    /// The cashier-facing error, when there is one.
    public var cashierError: CashierError? {
        if case .cashier(let error) = self { return error }
        return nil
    }

    public var description: String { message(in: Strings(.en)) }

    /// The sentence in the language of `strings`; the gateway's raw code and message stay as sent.
    public func message(in strings: Strings) -> String {
        switch self {
        case .cashier(let error):
            error.raw.map { "\(error.message(in: strings)) [\($0)]" } ?? error.message(in: strings)
        case .unconfirmed(let orderNumber, let reason):
            strings.text(.gatewayNotKnownYet, ["order": orderNumber, "reason": reason])
        }
    }
}

/// What the checkout asks a gateway to collect.
public struct PaymentRequest: Sendable, Equatable {
    /// The attempt's merchant order number: sent on every create, reused by every retry.
    public var orderNumber: MerchantOrderNumber
    /// The amount asked of the buyer.
    public var amount: Money
    /// The brand the buyer chose.
    public var brand: Brand
    /// A short text some gateways show the buyer.
    public var description: String?

    public init(orderNumber: MerchantOrderNumber, amount: Money, brand: Brand, description: String? = nil) {
        self.orderNumber = orderNumber
        self.amount = amount
        self.brand = brand
        self.description = description
    }
}

/// How to find one payment at its gateway again. The checkout stores it with the attempt.
public struct PaymentReference: Sendable, Equatable {
    /// The merchant order number sent on create.
    public var orderNumber: MerchantOrderNumber
    /// The amount that was asked, which every answer must echo.
    public var amount: Money
    /// The gateway's own identifier (TakeMe Pay source id, TapIn collection id, Pomelo transaction
    /// id, MOTP transaction id), once known.
    public var gatewayReference: String?
    /// TakeMe Pay only: the source's client secret, to read the source with the public key.
    public var clientSecret: Secret?
    /// TakeMe Pay only: the charge made of the source, once made.
    public var chargeID: String?

    public init(
        orderNumber: MerchantOrderNumber, amount: Money, gatewayReference: String? = nil, clientSecret: Secret? = nil,
        chargeID: String? = nil
    ) {
        self.orderNumber = orderNumber
        self.amount = amount
        self.gatewayReference = gatewayReference
        self.clientSecret = clientSecret
        self.chargeID = chargeID
    }
}

/// A payment created for QR: what to draw and how to find it again.
public struct QRPaymentStart: Sendable, Equatable {
    /// The text to encode in the QR code (a `weixin://` URL, a checkout link).
    public var qrPayload: String
    /// How to ask about this payment later.
    public var reference: PaymentReference
    /// The state the gateway reported (normally `awaitingBuyer`).
    public var state: AttemptState
    /// Until when the buyer can pay this code, as Till asked the gateway (TapIn's `limit_days`,
    /// Pomelo's `expires`); nil when the gateway sets no validity Till knows of.
    public var expiresAt: Date?

    public init(qrPayload: String, reference: PaymentReference, state: AttemptState, expiresAt: Date? = nil) {
        self.qrPayload = qrPayload
        self.reference = reference
        self.state = state
        self.expiresAt = expiresAt
    }
}

/// Where a payment stands at its gateway.
public struct PaymentStatus: Sendable, Equatable {
    /// The gateway's status mapped onto the attempt state machine.
    public var state: AttemptState
    /// The gateway's own status word, as sent (`chargeable`, `pay success`, `USERPAYING`).
    public var gatewayStatus: String
    /// The reference, completed with what this answer taught (charge id, transaction id).
    public var reference: PaymentReference
    /// The gateway's reason when the payment failed.
    public var failure: GatewayRawError?
    /// A handling fee the buyer paid on top of the amount asked (TapIn's `pay_money` above the
    /// amount when the buyer pays the fee): the checkout journals it. Nil when there was none.
    public var buyerFee: Money?

    public init(
        state: AttemptState, gatewayStatus: String, reference: PaymentReference, failure: GatewayRawError? = nil,
        buyerFee: Money? = nil
    ) {
        self.state = state
        self.gatewayStatus = gatewayStatus
        self.reference = reference
        self.failure = failure
        self.buyerFee = buyerFee
    }
}

/// What the checkout asks a gateway to give back.
public struct RefundRequest: Sendable, Equatable {
    /// The refund's own stable number (`out_refund_no`, TakeMe Pay metadata).
    public var refundNumber: String
    /// The payment being refunded.
    public var payment: PaymentReference
    /// How much goes back: the whole payment or a part.
    public var amount: Money
    /// Why, when known.
    public var reason: String?

    public init(refundNumber: String, payment: PaymentReference, amount: Money, reason: String? = nil) {
        self.refundNumber = refundNumber
        self.payment = payment
        self.amount = amount
        self.reason = reason
    }

    /// True when the whole payment goes back.
    public var isFull: Bool { amount == payment.amount }
}

/// How to find one refund at its gateway again.
public struct RefundReference: Sendable, Equatable {
    /// The refund's own number.
    public var refundNumber: String
    /// The payment refunded.
    public var payment: PaymentReference
    /// The amount asked back, which answers must echo.
    public var amount: Money
    /// The gateway's own refund identifier, once known.
    public var gatewayReference: String?

    public init(refundNumber: String, payment: PaymentReference, amount: Money, gatewayReference: String? = nil) {
        self.refundNumber = refundNumber
        self.payment = payment
        self.amount = amount
        self.gatewayReference = gatewayReference
    }
}

/// Where a refund stands at its gateway.
public struct RefundStatus: Sendable, Equatable {
    /// The gateway's status mapped onto the refund state machine.
    public var state: RefundState
    /// The gateway's own status word, as sent.
    public var gatewayStatus: String
    /// The reference, completed with the gateway's refund id once known.
    public var reference: RefundReference
    /// The gateway's reason when the refund failed.
    public var failure: GatewayRawError?

    public init(state: RefundState, gatewayStatus: String, reference: RefundReference, failure: GatewayRawError? = nil)
    {
        self.state = state
        self.gatewayStatus = gatewayStatus
        self.reference = reference
        self.failure = failure
    }
}
