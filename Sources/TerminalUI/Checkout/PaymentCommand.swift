import TillCore

/// What the counter asks its payment runner to do (`AppEffect.payment`). One payment is open at a
/// time; `serial` tells its updates apart from a previous payment's late ones.
public enum PaymentCommand: Equatable, Sendable {
    /// Create a QR payment for this brand through this gateway and wait for the buyer.
    case startQR(serial: Int, amount: Money, description: String?, choice: PaymentChoice)
    /// Charge the buyer's scanned payment code and wait for the answer.
    case startQuickPay(serial: Int, amount: Money, description: String?, buyerCode: String)
    /// The cashier cancels the open payment.
    case cancel
    /// The 45 s window ended and the cashier keeps waiting another window.
    case keepWaiting
    /// Nobody waits any more: settle the open payment as far as one last question allows.
    case giveUp
}
