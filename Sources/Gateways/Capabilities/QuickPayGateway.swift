import TillCore
import Wire

/// A gateway that charges the buyer's own payment code, scanned at the counter (QuickPay).
public protocol QuickPayGateway: PaymentGateway {
    /// The brands whose buyer codes the account takes, as configured.
    var quickPayBrands: [Brand] { get }

    /// Charges the buyer's scanned payment code. The answer may still be `processing` (the buyer is
    /// entering a PIN): then poll `paymentStatus`.
    func quickPay(_ payment: PaymentRequest, buyerCode: String) async throws(GatewayError) -> PaymentStatus
}

extension QuickPayGateway {
    /// Throws `notOffered` when the account, as configured, takes no buyer codes of `brand`.
    func requireQuickPayBrand(_ brand: Brand) throws(GatewayError) {
        guard quickPayBrands.contains(brand) else {
            throw .cashier(.notOffered(gateway: gatewayID, what: "\(brand.displayName) QuickPay"))
        }
    }
}
