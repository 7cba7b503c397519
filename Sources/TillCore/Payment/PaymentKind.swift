/// How the buyer pays in one attempt.
public enum PaymentKind: String, CaseIterable, Sendable, Codable {
    /// Till shows a QR code; the buyer scans it with their wallet.
    case qr
    /// The cashier scans the buyer's payment code (QuickPay, Quick Pay, micropay).
    case quickPay = "quickpay"
}
