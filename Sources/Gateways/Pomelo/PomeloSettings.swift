import Foundation
import TillCore

/// What the Pomelo connector needs from the configuration.
public struct PomeloSettings: Sendable {
    /// `https://api.pomelopay.com/public`, or a sandbox.
    public var baseURL: URL
    /// The API key (`client_secret`): sent as `Authorization` and used in every signature.
    public var apiKey: Secret
    /// The application id (`client_id`), sent as `deviceId`.
    public var appID: String
    /// Sent as `appVersion`.
    public var appVersion: String
    /// How transaction signatures are made.
    public var signMethod: PomeloSignature.Method
    /// The payment `provider`, when the merchant restricts it (`card`, ...).
    public var provider: String?
    /// A per-transaction webhook URL (must start with `https://`).
    public var webhookURL: String?
    /// The currencies the merchant accepts.
    public var currencies: [Currency]
    /// How many list pages a lookup by `localId` reads at most.
    public var lookupPages: Int

    public static let productionBaseURL = URL(string: "https://api.pomelopay.com/public")!
    /// Pomelo's smallest transaction, in minor units of any currency.
    public static let minimumMinorUnits: Int64 = 100

    public init(
        apiKey: Secret, appID: String, currencies: [Currency], baseURL: URL = PomeloSettings.productionBaseURL,
        appVersion: String = "till-1.0", signMethod: PomeloSignature.Method = .sha1, provider: String? = nil,
        webhookURL: String? = nil, lookupPages: Int = 5
    ) {
        self.apiKey = apiKey
        self.appID = appID
        self.currencies = currencies
        self.baseURL = baseURL
        self.appVersion = appVersion
        self.signMethod = signMethod
        self.provider = provider
        self.webhookURL = webhookURL
        self.lookupPages = lookupPages
    }
}
