import Foundation
import Gateways
import TillConfig
import TillCore
import Wire
import WireHTTPClient
import TillStrings

/// Builds a connector from one gateway table of the configuration: the one way a connector is made,
/// for real accounts and for demo mode alike.
enum GatewayFactory {
    /// Makes the transport for calls that may take up to the given time.
    typealias TransportMaker = @Sendable (_ requestTimeout: Duration) -> any HTTPTransport

    /// The real HTTP transport.
    static let network: TransportMaker = { AsyncHTTPTransport(requestTimeout: $0) }

    /// The connector for `settings`; amounts are in the store's `currency`.
    /// The check of `settings`' webhook deliveries, for the store server: TakeMe Pay with its
    /// `webhook_secret` (none configured: none), Pomelo with its API key, TapIn's unsigned callback.
    /// MOTP documents no webhook.
    static func webhookVerifier(for settings: GatewaySettings) -> (any WebhookVerifier)? {
        switch settings.credentials {
        case .takemepay(let keys): keys.webhookSecret.map { TakeMePayWebhookVerifier(secrets: [$0]) }
        case .tapin: TapInCallbackReader()
        case .pomelo(let account): PomeloWebhookVerifier(apiKey: account.apiKey)
        case .motp: nil
        }
    }

    static func connector(
        for settings: GatewaySettings, currency: Currency, strings: Strings, transport makeTransport: TransportMaker = network
    ) throws -> any PaymentGateway {
        let transport = makeTransport(.seconds(30))
        switch settings.credentials {
        case .takemepay(let keys):
            return TakeMePayClient(
                settings: TakeMePaySettings(
                    publicKey: keys.publicKey, secretKey: keys.secretKey, baseURL: settings.baseURL, currencies: [currency]),
                transport: transport)
        case .tapin(let account):
            guard let webhook = settings.webhookURL else {
                throw CLIError(strings[.tapInNeedsWebhook], exitCode: 2)
            }
            return TapInClient(
                settings: TapInSettings(
                    vendorID: Int(account.vendorID), ssCode: account.ssCode, webhookURL: webhook.absoluteString,
                    currency: currency, baseURL: settings.baseURL, limitDays: Int(account.limitDays)),
                transport: transport)
        case .pomelo(let account):
            return PomeloClient(
                settings: PomeloSettings(
                    apiKey: account.apiKey, appID: account.clientID, currencies: [currency], baseURL: settings.baseURL,
                    signMethod: account.signMethod == .md5 ? .md5 : .sha1, webhookURL: settings.webhookURL?.absoluteString,
                    brands: settings.brands, expiresMinutes: Int(account.expiresMinutes)),
                transport: transport)
        case .motp(let account):
            // A Quick Pay answer may take up to 45 s while the buyer enters a PIN.
            return MOTPClient(
                settings: MOTPSettings(
                    baseURL: settings.baseURL, user: account.user, password: account.password, storeID: account.storeID,
                    currency: currency, nativeServiceID: Int(account.nativeServiceID),
                    alipayNativeServiceID: account.alipayServiceID.map { Int($0) },
                    quickPayServiceID: Int(account.quickServiceID), refundServiceID: Int(account.refundServiceID),
                    brands: settings.brands),
                transport: makeTransport(.seconds(45)))
        }
    }
}
