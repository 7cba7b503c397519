import Foundation
import Gateways
import Sandbox
import TillCore

/// Connectors configured with the sandbox's published test credentials and its live base URLs.
extension LiveSandbox {
    var usd: Currency { Currency(code: "USD")! }
    var yen: Currency { Currency(code: "JPY")! }
    var pound: Currency { Currency(code: "GBP")! }

    func motp(password: String = TestCredentials.motpPassword, now: (@Sendable () -> Date)? = nil) -> MOTPClient {
        let settings = MOTPSettings(
            baseURL: url("/motp"), user: TestCredentials.motpUser, password: Secret(password),
            storeID: TestCredentials.motpStoreID, currency: usd, brands: [.wechatPay])
        let clock = clock
        return MOTPClient(settings: settings, transport: transport, now: now ?? { clock.now })
    }

    func tapIn(ssCode: String = TestCredentials.tapInSSCode) -> TapInClient {
        TapInClient(
            settings: TapInSettings(
                vendorID: Int(TestCredentials.tapInVendorID), ssCode: Secret(ssCode),
                webhookURL: "http://127.0.0.1:9/tapin-callback", currency: usd, baseURL: url("/tapin")),
            transport: transport)
    }

    func takeMePay(secretKey: String = TestCredentials.takeMePaySecretKey) -> TakeMePayClient {
        TakeMePayClient(
            settings: TakeMePaySettings(
                publicKey: Secret(TestCredentials.takeMePayPublicKey), secretKey: Secret(secretKey),
                baseURL: url("/takemepay/v1"), currencies: [yen]),
            transport: transport)
    }

    func pomelo(apiKey: String = TestCredentials.pomeloAPIKey) -> PomeloClient {
        PomeloClient(
            settings: PomeloSettings(
                apiKey: Secret(apiKey), appID: TestCredentials.pomeloClientID, currencies: [pound],
                baseURL: url("/pomelo/public")),
            transport: transport)
    }
}

/// Order numbers unique within a test run.
func orderNumber(_ tag: String) -> MerchantOrderNumber {
    MerchantOrderNumber(rawValue: "IT\(tag)\(UUID().uuidString.prefix(8))".replacingOccurrences(of: "-", with: ""))
}
