import Checkout
import TillCore

/// One line of the checkout sheet: a brand offered through one configured gateway.
public struct PaymentChoice: Hashable, Sendable {
    public let gateway: GatewayID
    public let brand: Brand

    public init(gateway: GatewayID, brand: Brand) {
        self.gateway = gateway
        self.brand = brand
    }

    /// Every QR choice the configured gateways offer in `currency`, in the configuration's order.
    public static func offered(by service: CheckoutService?, currency: Currency) -> [PaymentChoice] {
        guard let service else { return [] }
        return service.context.gateways.qrChoices(currency: currency).map { PaymentChoice(gateway: $0.gateway, brand: $0.brand) }
    }
}
