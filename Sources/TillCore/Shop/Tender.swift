/// How a buyer paid: the report's `by_tender` keys. QR and QuickPay go through a gateway; cash and
/// "other" (an external card terminal) are recorded by the cashier and final at once.
public enum Tender: String, CaseIterable, Sendable, Codable {
    case qr
    case quickPay = "quickpay"
    case cash
    /// Paid outside Till (a card terminal beside the counter), recorded with its reference.
    case other

    /// The tender of a gateway payment.
    public init(_ kind: PaymentKind) {
        switch kind {
        case .qr: self = .qr
        case .quickPay: self = .quickPay
        }
    }
}
