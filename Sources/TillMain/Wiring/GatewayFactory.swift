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

    /// The connector for `settings`; amounts are in the store's `currency`. `storeServer` is the
    /// lane's store server (`[store] server`), which makes TakeMe Pay's secret-key calls when the
    /// lane holds no secret key.
    static func connector(
        for settings: GatewaySettings, currency: Currency, strings: Strings, storeServer: StoreServerLink? = nil,
        transport makeTransport: TransportMaker = network
    ) throws -> any PaymentGateway {
        let transport = makeTransport(.seconds(30))
        switch settings.credentials {
        case .takemepay(let keys):
            return takeMePay(keys, settings, currency: currency, storeServer: storeServer, transport: makeTransport)
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

    /// TakeMe Pay with both keys; or, on a lane without the secret key, with the public key and a
    /// `StoreRelayTransport` that has `storeServer` make the secret-key calls. The lane then reads
    /// sources with their client secret, as the document's client does, so its polls stay off the
    /// store server. Its calls to the store server wait longer (45 s) than the store server waits for
    /// TakeMe Pay (30 s), so the store server's word on a lost answer arrives first.
    private static func takeMePay(
        _ keys: TakeMePayCredentials, _ settings: GatewaySettings, currency: Currency, storeServer: StoreServerLink?,
        transport makeTransport: TransportMaker
    ) -> TakeMePayClient {
        var account = TakeMePaySettings(
            publicKey: keys.publicKey, secretKey: keys.secretKey, baseURL: settings.baseURL, currencies: [currency])
        guard keys.secretKey == nil, let storeServer else {
            return TakeMePayClient(settings: account, transport: makeTransport(.seconds(30)))
        }
        account.readsSourcesWithSecretKey = false
        let relay = StoreRelayTransport(
            direct: makeTransport(.seconds(30)), toServer: makeTransport(.seconds(45)), server: storeServer.url,
            token: storeServer.token, gateway: .takemepay, gatewayBaseURL: settings.baseURL)
        return TakeMePayClient(settings: account, transport: relay)
    }
}
