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

    /// Every (gateway, brand) pair the checkout sheet can offer for a QR payment in `currency`.
    public func qrChoices(currency: Currency) -> [(gateway: GatewayID, brand: Brand)] {
        gateways.flatMap { gateway in
            let offered = gateway.capabilities
            guard offered.qrPayments, offered.currencies.contains(currency.code) else { return [(GatewayID, Brand)]() }
            return offered.brands.map { (gateway.gatewayID, $0) }
        }
    }

    /// The first gateway that takes QuickPay codes of `brand` in `currency`.
    public func quickPayGateway(brand: Brand, currency: Currency) -> (any PaymentGateway)? {
        gateways.first {
            $0.capabilities.quickPay && $0.capabilities.brands.contains(brand)
                && $0.capabilities.currencies.contains(currency.code)
        }
    }
}
