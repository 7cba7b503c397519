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
    /// The payment `provider` sent with every transaction, overriding the one named after the brand
    /// the buyer chose (`card`, `wechatpay`, `alipay`).
    public var provider: String?
    /// The brands the checkout sheet offers through this account; each transaction carries the
    /// chosen one as its `provider`.
    public var brands: [Brand]
    /// How long a new transaction stays payable (`expires`), in minutes: at least 60, the
    /// document's minimum.
    public var expiresMinutes: Int
    /// A per-transaction webhook URL (must start with `https://`).
    public var webhookURL: String?
    /// The currencies the merchant accepts.
    public var currencies: [Currency]
    /// How many list pages a lookup by `localId` reads at most.
    public var lookupPages: Int

    public static let productionBaseURL = URL(string: "https://api.pomelopay.com/public")!
    /// Pomelo's smallest transaction, in minor units of any currency.
    public static let minimumMinorUnits: Int64 = 100
    /// The shortest validity Pomelo takes: `expires` "must be at least 1 hour in the future".
    public static let minimumExpiresMinutes = 60
    /// Added to the validity Till sends: Pomelo measures the hour from its own clock when the request
    /// arrives, so a bare hour from Till's clock would arrive a little short of it.
    public static let expiresMargin: TimeInterval = 60

    /// The `provider` of a transaction for `brand`.
    func provider(for brand: Brand) -> String {
        if let provider { return provider }
        switch brand {
        case .card: return "card"
        case .wechatPay: return "wechatpay"
        case .alipay: return "alipay"
        case .tapinLink: return brand.rawValue
        }
    }

    /// When a transaction created at `now` stops being payable.
    func expiry(from now: Date) -> Date {
        now.addingTimeInterval(Double(max(expiresMinutes, Self.minimumExpiresMinutes)) * 60 + Self.expiresMargin)
    }

    /// `expires` as the document writes it: an ISO time string in UTC with milliseconds, as
    /// JavaScript's `new Date().toISOString()` gives (`2021-01-01T12:12:12.000Z`).
    static func expiresText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// Reads a time a transaction echoes (`expires`, `created`: ISO 8601 UTC, with or without a
    /// fraction); nil when unreadable.
    static func readTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    public init(
        apiKey: Secret, appID: String, currencies: [Currency], baseURL: URL = PomeloSettings.productionBaseURL,
        appVersion: String = "till-1.0", signMethod: PomeloSignature.Method = .sha1, provider: String? = nil,
        webhookURL: String? = nil, lookupPages: Int = 5, brands: [Brand] = [.card],
        expiresMinutes: Int = PomeloSettings.minimumExpiresMinutes
    ) {
        self.brands = brands
        self.expiresMinutes = expiresMinutes
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
