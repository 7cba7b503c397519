import Foundation
import TillCore

/// What the TakeMe Pay connector needs from the configuration.
public struct TakeMePaySettings: Sendable {
    /// `pk_test_…` / `pk_live_…`: creates sources and reads them with their client secret.
    public var publicKey: Secret
    /// `sk_test_…` / `sk_live_…`: charges, refunds, lists, events, webhooks. Nil on a lane whose store
    /// server makes the secret-key calls (`[store] server`): they then go out without an
    /// `Authorization` header, and the lane's `StoreRelayTransport` sends them to the store server.
    public var secretKey: Secret?
    /// The API base URL, `/v1` included.
    public var baseURL: URL
    /// The source `type` (the documents list only `WeChatPay`).
    public var sourceType: String
    /// The currencies the account accepts (the documents list only JPY).
    public var currencies: [Currency]
    /// How many recent objects one list page asks for when looking up a lost create.
    public var lookupPageSize: Int
    /// How many list pages a lookup reads at most.
    public var lookupPages: Int
    /// True (the default): the counter holds the secret key (it charges with it), so it reads
    /// sources with it too, which needs no client secret and sends no body. False: it reads them as
    /// the document's client does, with the public key and `{"clientSecret": ...}` as the body of
    /// the GET (the AsyncHTTPClient transport sends a body with a GET; `aGETCarriesItsBody` tests it):
    /// a lane without the secret key does so, and its polls never load the store server.
    public var readsSourcesWithSecretKey: Bool

    public static let stagingBaseURL = URL(string: "https://api-stg.takemepay.com/v1")!
    public static let liveBaseURL = URL(string: "https://api.takemepay.com/v1")!

    /// - Parameter baseURL: nil picks staging for `*_test_` keys and live for `*_live_` keys (the
    ///   public key's prefix tells: the configuration refuses a pair of two modes).
    public init(
        publicKey: Secret, secretKey: Secret?, baseURL: URL? = nil, sourceType: String = "WeChatPay",
        currencies: [Currency] = [Currency(code: "JPY")].compactMap { $0 }, lookupPageSize: Int = 100,
        lookupPages: Int = 5, readsSourcesWithSecretKey: Bool = true
    ) {
        self.readsSourcesWithSecretKey = readsSourcesWithSecretKey
        self.publicKey = publicKey
        self.secretKey = secretKey
        self.baseURL = baseURL ?? TakeMePaySettings.defaultBaseURL(for: publicKey)
        self.sourceType = sourceType
        self.currencies = currencies
        self.lookupPageSize = lookupPageSize
        self.lookupPages = lookupPages
    }

    /// Staging for test keys, live for live keys.
    public static func defaultBaseURL(for key: Secret) -> URL {
        key.reveal().contains("_live_") ? liveBaseURL : stagingBaseURL
    }
}

/// One page request of a TakeMe Pay list: `limit`, and a cursor `startingAfter` or `endingBefore`.
public struct TakeMePayPage: Sendable, Equatable {
    public var limit: Int?
    public var startingAfter: String?
    public var endingBefore: String?

    public init(limit: Int? = nil, startingAfter: String? = nil, endingBefore: String? = nil) {
        self.limit = limit
        self.startingAfter = startingAfter
        self.endingBefore = endingBefore
    }

    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let limit { items.append(("limit", String(limit))) }
        if let startingAfter { items.append(("startingAfter", startingAfter)) }
        if let endingBefore { items.append(("endingBefore", endingBefore)) }
        return items
    }
}
