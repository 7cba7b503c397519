import Foundation

/// One try at paying a sale through one gateway. Stored in the journal before the gateway is called.
public struct PaymentAttempt: Hashable, Sendable, Codable {
    /// The merchant order number: the attempt's identity at the gateway and in the journal.
    public let orderNumber: MerchantOrderNumber
    /// The sale this attempt pays.
    public let saleID: Int64
    /// The gateway the attempt goes through.
    public let gateway: GatewayID
    /// The brand the buyer pays with.
    public let brand: Brand
    /// QR or QuickPay.
    public let kind: PaymentKind
    /// The amount asked of the buyer.
    public let amount: Money
    /// Where the attempt stands. Changed only through `move(to:)`.
    public private(set) var state: AttemptState
    /// The gateway's own identifier (source id, collection id, transaction id), once known.
    public var gatewayReference: String?
    /// A second gateway identifier where the gateway has one (TakeMe Pay's charge made of a source).
    public var secondaryReference: String?
    /// Why a manager must look at this attempt (paid after the cashier gave up, at a gateway that
    /// cannot refund); nil when nothing is wrong.
    public var attention: String?
    /// When the attempt was stored.
    public let createdAt: Date

    public init(
        orderNumber: MerchantOrderNumber, saleID: Int64, gateway: GatewayID, brand: Brand, kind: PaymentKind,
        amount: Money, state: AttemptState = .created, gatewayReference: String? = nil,
        secondaryReference: String? = nil, attention: String? = nil, createdAt: Date
    ) {
        self.orderNumber = orderNumber
        self.saleID = saleID
        self.gateway = gateway
        self.brand = brand
        self.kind = kind
        self.amount = amount
        self.state = state
        self.gatewayReference = gatewayReference
        self.secondaryReference = secondaryReference
        self.attention = attention
        self.createdAt = createdAt
    }

    /// Moves the attempt to `next`, or throws when the state machine forbids it.
    public mutating func move(to next: AttemptState) throws(IllegalTransition) {
        state = try state.moving(to: next)
    }
}
