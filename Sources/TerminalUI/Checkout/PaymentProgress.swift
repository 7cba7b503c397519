import TillCore

/// News of the open payment from the runner (`AppEvent.payment`).
public struct PaymentProgress: Equatable, Sendable {
    /// What changed.
    public enum Change: Equatable, Sendable {
        /// The gateway has the payment: its order number, and the text to draw as a QR code (QR only).
        case created(orderNumber: String, gateway: GatewayID, qrPayload: String?)
        /// Until when the QR code stays payable, as the cashier reads it (`14:32`, or a date).
        case validUntil(String)
        /// The buyer has not acted yet (the gateway's word, e.g. `NOTPAY`).
        case waitingForBuyer(gatewayStatus: String)
        /// The buyer acted and the gateway is settling: entering the PIN (`USERPAYING`), a pending charge.
        case buyerPaying(gatewayStatus: String)
        /// A poll got no usable answer; the next one asks again.
        case checking(reason: String)
        /// The wait window ended with no final answer: keep waiting or cancel.
        case windowEnded
        /// The payment ended (or could not start): what the result screen shows.
        case finished(PaymentResult)
    }

    /// The payment this is about (`PaymentCommand`'s serial).
    public let serial: Int
    public let change: Change

    public init(serial: Int, _ change: Change) {
        self.serial = serial
        self.change = change
    }
}
