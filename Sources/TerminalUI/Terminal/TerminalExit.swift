import TillCore

/// How the counter stopped: the signal that stopped it (nil when the cashier quit), and what it
/// says on standard error once the terminal is restored.
public struct TerminalExit: Equatable, Sendable {
    /// SIGTERM or SIGHUP; nil after F10, Ctrl-Q or Ctrl-C.
    public let signal: Int32?
    /// The payment that was open when the signal came, left to the reconciler: its order number
    /// (nil while it was still being created) and amount.
    public let openOrder: String?
    public let openAmount: Money?
    let wasPaymentOpen: Bool

    init(signal: Int32?, model: AppModel) {
        self.signal = signal
        let open = model.screen == .payment ? model.checkout.payment : nil
        wasPaymentOpen = open != nil
        openOrder = open?.orderNumber
        openAmount = open?.amount
    }

    /// The line for standard error, or nil when there is nothing to say: a payment stopped by a
    /// signal is not lost, and the cashier (or whoever sent it) learns who finishes it.
    public var farewell: String? {
        guard let signal, wasPaymentOpen else { return nil }
        let name = Self.signalName(signal)
        let amount = openAmount.map { " of " + AmountEntry.display(minorUnits: $0.minorUnits, currency: $0.currency) } ?? ""
        let order = openOrder.map { " (order \($0))" } ?? ""
        return "till: stopped by \(name) while the payment\(amount)\(order) was open; the reconciler settles it"
            + " at the next start, or run `till recover` now"
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case 15: "SIGTERM"
        case 1: "SIGHUP"
        case 2: "SIGINT"
        default: "signal \(signal)"
        }
    }
}
