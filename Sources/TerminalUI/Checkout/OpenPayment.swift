import TillCore

/// A payment on screen: what was asked, where it stands, and the countdowns, all in model time.
public struct OpenPayment: Equatable, Sendable {
    /// How the buyer pays.
    public enum Method: Equatable, Sendable {
        /// The buyer scans the QR code the screen shows.
        case qr(PaymentChoice)
        /// The cashier scanned the buyer's code; the brand follows from the code.
        case quickPay(buyerCode: String, brand: Brand?)
    }

    /// What the status line says.
    public enum Status: Equatable, Sendable {
        /// Asking the gateway to create the payment.
        case starting
        case waitingForBuyer
        /// The buyer is confirming (entering the PIN).
        case buyerPaying
        /// The last poll got no usable answer.
        case checking(reason: String)
        /// The window ended: keep waiting or cancel.
        case windowEnded
        /// The cashier cancelled; the runner asks the gateway once more.
        case cancelling
    }

    public let serial: Int
    public let method: Method
    public let amount: Money
    /// The gateway, when known (QuickPay's is chosen by the runner from the code's brand).
    public var gateway: GatewayID?
    public var orderNumber: String?
    public var qrPayload: String?
    /// Until when the QR code stays payable, when the gateway says.
    public var validUntil: String?
    public var status: Status = .starting
    /// When the current wait window started (model time), once the gateway has the payment.
    public var windowStartedAt: Milliseconds?
    /// Whole seconds left in the window and until the next poll, refreshed by ticks.
    public var secondsLeft: Int?
    public var nextPollIn: Int?

    public init(serial: Int, method: Method, amount: Money) {
        self.serial = serial
        self.method = method
        self.amount = amount
        if case .qr(let choice) = method { gateway = choice.gateway }
    }

    /// The brand, when known: for a QR, the brand of the payload the gateway answered (a MOTP Native
    /// Pay code is WeChat Pay's whatever was asked), else the one chosen.
    public var brand: Brand? {
        switch method {
        case .qr(let choice): qrPayload.flatMap(Brand.forQRPayload) ?? choice.brand
        case .quickPay(_, let brand): brand
        }
    }


    /// Recomputes the countdowns for `now`: they change once a second, so the screen redraws
    /// once a second and not on every tick.
    mutating func refreshCountdowns(now: Milliseconds, window: Milliseconds, interval: Milliseconds) {
        guard let start = windowStartedAt, status != .windowEnded, status != .cancelling else {
            secondsLeft = nil
            nextPollIn = nil
            return
        }
        let elapsed = max(0, now - start)
        let left = max(0, window - elapsed)
        secondsLeft = Int((left + 999) / 1000)
        let sincePoll = elapsed % max(1, interval)
        nextPollIn = left == 0 ? 0 : Int((interval - sincePoll + 999) / 1000)
    }
}

extension String {
    /// A buyer code with its first and last four digits shown: `1345 •••••••••• 6789`.
    var partlyMaskedBuyerCode: String {
        guard count > 8 else { return String(repeating: "•", count: count) }
        return String(prefix(4)) + String(repeating: "•", count: count - 8) + String(suffix(4))
    }
}
