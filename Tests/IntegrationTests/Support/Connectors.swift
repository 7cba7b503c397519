import Foundation
import Gateways
import Sandbox
import TillCore
import TillTesting
import Wire

/// Connectors configured with the sandbox's published test credentials and its live base URLs.
extension LiveSandbox {
    var usd: Currency { Currency(code: "USD")! }
    var yen: Currency { Currency(code: "JPY")! }
    var pound: Currency { Currency(code: "GBP")! }

    func motp(
        password: String = TestCredentials.motpPassword, refundServiceID: Int = 30, now: (@Sendable () -> Date)? = nil
    ) -> MOTPClient {
        let settings = MOTPSettings(
            baseURL: url("/motp"), user: TestCredentials.motpUser, password: Secret(password),
            storeID: TestCredentials.motpStoreID, currency: usd, refundServiceID: refundServiceID, brands: [.wechatPay])
        let clock = clock
        return MOTPClient(settings: settings, transport: transport, now: now ?? { clock.now })
    }

    func tapIn(ssCode: String = TestCredentials.tapInSSCode, customerPaysFee: Bool? = nil) -> TapInClient {
        let clock = clock
        return TapInClient(
            settings: TapInSettings(
                vendorID: Int(TestCredentials.tapInVendorID), ssCode: Secret(ssCode),
                webhookURL: "http://127.0.0.1:9/tapin-callback", currency: usd, baseURL: url("/tapin"),
                customerPaysFee: customerPaysFee),
            transport: transport, now: { clock.now })
    }

    /// - Parameter transport: the default reads sources with the secret key; reading them with the
    ///   client secret in the GET's body needs a transport that sends one (URLSession does not).
    func takeMePay(
        secretKey: String = TestCredentials.takeMePaySecretKey, readsSourcesWithSecretKey: Bool = true,
        transport: (any HTTPTransport)? = nil
    ) -> TakeMePayClient {
        TakeMePayClient(
            settings: TakeMePaySettings(
                publicKey: Secret(TestCredentials.takeMePayPublicKey), secretKey: Secret(secretKey),
                baseURL: url("/takemepay/v1"), currencies: [yen], readsSourcesWithSecretKey: readsSourcesWithSecretKey),
            transport: transport ?? self.transport)
    }

    func pomelo(apiKey: String = TestCredentials.pomeloAPIKey, brands: [Brand] = [.card], expiresMinutes: Int = 60)
        -> PomeloClient
    {
        let clock = clock
        return PomeloClient(
            settings: PomeloSettings(
                apiKey: Secret(apiKey), appID: TestCredentials.pomeloClientID, currencies: [pound],
                baseURL: url("/pomelo/public"), brands: brands, expiresMinutes: expiresMinutes),
            transport: transport, now: { clock.now })
    }
}

/// Order numbers unique within a test run.
func orderNumber(_ tag: String) -> MerchantOrderNumber {
    MerchantOrderNumber(rawValue: "IT\(tag)\(UUID().uuidString.prefix(8))".replacingOccurrences(of: "-", with: ""))
}
