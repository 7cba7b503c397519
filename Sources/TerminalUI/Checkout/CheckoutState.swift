import Checkout
import TillCore
import TillStrings

/// The sale being checked out, from the sheet to the result screen.
public struct CheckoutState: Equatable, Sendable {
    /// The QR choices the sheet offers (from the configured gateways, set at start).
    public var choices: [PaymentChoice]
    /// The highlighted choice on the sheet.
    public var selected = 0
    /// The length of one wait window and the time between polls, as the runner uses them.
    public var window: Milliseconds
    public var pollInterval: Milliseconds
    /// The serial of the last payment started: updates of older ones are ignored.
    public var serial = 0
    /// The amount and description the sheet was opened with.
    public var amount: Money?
    public var saleDescription: String?
    /// The payment on screen, from its start to its end.
    public var payment: OpenPayment?
    /// The outcome the result screen shows.
    public var result: PaymentResult?

    public init(choices: [PaymentChoice] = [], window: Milliseconds = 45_000, pollInterval: Milliseconds = 3_000) {
        self.choices = choices
        self.window = window
        self.pollInterval = pollInterval
    }

    /// The commodity line of the sheet: the description, or a default.
    public func commodity(_ strings: Strings) -> String {
        guard let saleDescription, !saleDescription.isEmpty else { return strings[.saleDefault] }
        return saleDescription
    }
}

extension CheckoutState {
    /// The state a counter starts with: the QR choices and the poll timing of its checkout service.
    public init(service: CheckoutService?, currency: Currency) {
        let timing = service?.context.timing ?? .standard
        self.init(
            choices: PaymentChoice.offered(by: service, currency: currency), window: timing.window.milliseconds,
            pollInterval: timing.interval.milliseconds)
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Milliseconds {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
