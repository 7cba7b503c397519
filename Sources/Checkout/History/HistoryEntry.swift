import TillCore
import TillStrings

/// One payment attempt as the history screen lists it: read from the journal by `PaymentHistory`,
/// with the times already written in the counter's time zone so that drawing stays pure.
public struct HistoryEntry: Equatable, Sendable {
    /// Whether the attempt's gateway can give money back, and how much of it.
    public enum RefundOffer: Equatable, Sendable {
        /// No refund API (or the gateway is no longer configured): refunds happen at its portal.
        case none
        /// Only the whole payment at once.
        case fullOnly
        /// The whole payment or any part of what is left.
        case fullAndPartial
    }

    public var orderNumber: MerchantOrderNumber
    public var saleID: Int64
    public var saleDescription: String?
    /// `14:03:22` for today, `12-01 14:03` for an older attempt that needs a person.
    public var time: String
    public var amount: Money
    public var brand: Brand
    public var gateway: GatewayID
    public var kind: PaymentKind
    public var state: AttemptState
    /// What went back to the buyer (refunds that succeeded).
    public var refunded: Money
    /// What may still be refunded: the amount less every refund that has not failed.
    public var left: Money
    /// True while a refund is requested or pending at the gateway.
    public var refundPending: Bool
    /// Why a manager must look at this attempt, if it is flagged.
    public var attention: String?
    public var refunds: RefundOffer
    /// Why it needs a person (`NeedsAPerson`); empty when it needs nobody.
    public var needs: [NeedsAPerson.Reason]
    /// The handled mark that covers it, if a person handled it as it stands.
    public var handled: HandledNote?

    public init(
        orderNumber: MerchantOrderNumber, saleID: Int64, saleDescription: String? = nil, time: String, amount: Money,
        brand: Brand, gateway: GatewayID, kind: PaymentKind, state: AttemptState, refunded: Money? = nil,
        left: Money? = nil, refundPending: Bool = false, attention: String? = nil, refunds: RefundOffer,
        needs: [NeedsAPerson.Reason] = [], handled: HandledNote? = nil
    ) {
        self.orderNumber = orderNumber
        self.saleID = saleID
        self.saleDescription = saleDescription
        self.time = time
        self.amount = amount
        self.brand = brand
        self.gateway = gateway
        self.kind = kind
        self.state = state
        self.refunded = refunded ?? .zero(amount.currency)
        self.left = left ?? (state == .succeeded ? amount : .zero(amount.currency))
        self.refundPending = refundPending
        self.attention = attention
        self.refunds = refunds
        self.needs = needs
        self.handled = handled
    }

    /// What the status bar counts and the list marks with `!` (the rule is `NeedsAPerson`).
    public var needsAPerson: Bool { !needs.isEmpty }

    /// The gateway can still be asked about it: no final answer yet, or a refund without one.
    public var isOpen: Bool { !state.isFinal || refundPending }

    /// The state in the cashier's words, in English.
    public var stateText: String { stateText(in: Strings(.en)) }

    /// The state in the cashier's words, in the language of `strings`.
    public func stateText(in strings: Strings) -> String {
        PaymentWords.state(state, refundedInFull: state == .succeeded && left.isZero && !refunded.isZero, in: strings)
    }
}
