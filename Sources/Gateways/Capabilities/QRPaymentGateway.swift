import TillCore
import Wire

/// A gateway the buyer pays by scanning a QR code Till draws.
public protocol QRPaymentGateway: PaymentGateway {
    /// The brands a buyer can pay this way, as configured: each is the brand of the payload the gateway
    /// answers with (a MOTP Native Pay code is a WeChat Pay `weixin://` link).
    var qrBrands: [Brand] { get }

    /// Creates a payment that the buyer pays by scanning the returned QR payload.
    func startQRPayment(_ payment: PaymentRequest) async throws(GatewayError) -> QRPaymentStart
}

extension QRPaymentGateway {
    /// Throws `notOffered` when the account, as configured, takes no QR payments of `brand`.
    func requireQRBrand(_ brand: Brand) throws(GatewayError) {
        guard qrBrands.contains(brand) else {
            throw .cashier(.notOffered(gateway: gatewayID, what: "\(brand.displayName) QR payments"))
        }
    }
}
