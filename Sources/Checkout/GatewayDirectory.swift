import Gateways
import TillCore

/// The gateways this store has configured, and which one serves which brand.
public struct GatewayDirectory: Sendable {
    /// The gateways in the order of the configuration: the first that offers a brand serves it.
    public let gateways: [any PaymentGateway]

    public init(_ gateways: [any PaymentGateway]) { self.gateways = gateways }

    /// The gateway with this identity, if configured.
    public func gateway(_ id: GatewayID) -> (any PaymentGateway)? {
        gateways.first { $0.gatewayID == id }
    }

    /// The gateway with this identity when it takes QR payments.
    public func qrGateway(_ id: GatewayID) -> (any QRPaymentGateway)? {
        gateway(id) as? any QRPaymentGateway
    }

    /// The gateway with this identity when it gives money back through its API.
    public func refundingGateway(_ id: GatewayID) -> (any RefundingGateway)? {
        gateway(id) as? any RefundingGateway
    }

    /// How much of a payment through `id` Till can give back; nil when the gateway has no refund API
    /// (or is not configured).
    public func refundScope(_ id: GatewayID) -> RefundScope? {
        refundingGateway(id)?.refundScope
    }

    /// The brands `id` takes by QR, as configured; empty when it takes none (or is not configured).
    public func qrBrands(_ id: GatewayID) -> [Brand] {
        qrGateway(id)?.qrBrands ?? []
    }

    /// Every (gateway, brand) pair the checkout sheet can offer for a QR payment in `currency`.
    public func qrChoices(currency: Currency) -> [(gateway: GatewayID, brand: Brand)] {
        gateways.compactMap { $0 as? any QRPaymentGateway }.flatMap { gateway in
            guard gateway.currencies.contains(currency) else { return [(GatewayID, Brand)]() }
            return gateway.qrBrands.map { (gateway.gatewayID, $0) }
        }
    }

    /// The first gateway that takes QuickPay codes of `brand` in `currency`.
    public func quickPayGateway(brand: Brand, currency: Currency) -> (any QuickPayGateway)? {
        gateways.compactMap { $0 as? any QuickPayGateway }.first {
            $0.quickPayBrands.contains(brand) && $0.currencies.contains(currency)
        }
    }
}
