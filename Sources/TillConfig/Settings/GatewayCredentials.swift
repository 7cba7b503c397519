import TillCore
/// The account settings of one gateway, in the names of its specification.
public enum GatewayCredentials: Sendable, Equatable {
    case takemepay(TakeMePayCredentials)
    case tapin(TapInCredentials)
    case pomelo(PomeloCredentials)
    case motp(MOTPCredentials)
}

/// TakeMe Pay: the public key creates sources, the secret key creates charges; the webhook's
/// secret (`wesec_...`) verifies deliveries.
public struct TakeMePayCredentials: Sendable, Equatable {
    public var publicKey: Secret
    /// Nil on a lane whose store server makes the secret-key calls (`[store] server`).
    public var secretKey: Secret?
    public var webhookSecret: Secret?

    public init(publicKey: Secret, secretKey: Secret?, webhookSecret: Secret? = nil) {
        self.publicKey = publicKey
        self.secretKey = secretKey
        self.webhookSecret = webhookSecret
    }
}

/// TapIn Pay: the partner vendor id and the `ss_code` that keys the MD5 signatures, and how many
/// days a collection link stays payable (`limit_days`).
public struct TapInCredentials: Sendable, Equatable {
    public var vendorID: Int64
    public var ssCode: Secret
    /// `limit_days` sent on every create: 1 by default (TapIn's own default is 30 days).
    public var limitDays: Int64

    public init(vendorID: Int64, ssCode: Secret, limitDays: Int64 = 1) {
        self.vendorID = vendorID
        self.ssCode = ssCode
        self.limitDays = limitDays
    }
}

/// Pomelo Pay: the API key (client secret), the application's client id, the signature method, and
/// how long a transaction stays payable (`expires`, in minutes from its creation).
public struct PomeloCredentials: Sendable, Equatable {
    public var apiKey: Secret
    public var clientID: String
    public var signMethod: PomeloSignMethod
    /// Minutes from creation to `expires`: 60 by default, the document's minimum.
    public var expiresMinutes: Int64

    public init(apiKey: Secret, clientID: String, signMethod: PomeloSignMethod = .sha1, expiresMinutes: Int64 = 60) {
        self.apiKey = apiKey
        self.clientID = clientID
        self.signMethod = signMethod
        self.expiresMinutes = expiresMinutes
    }
}

/// MOTP: the login for `/api/token`, the store, and the service ids of Native Pay (WeChat Pay, and
/// Alipay when the account has a service for it), Quick Pay and refunds.
public struct MOTPCredentials: Sendable, Equatable {
    public var user: String
    public var password: Secret
    public var storeID: String
    public var nativeServiceID: Int64
    /// Native Pay's `service_id` for Alipay codes; nil: MOTP offers no Alipay QR (the document's
    /// Native Pay answers a WeChat Pay `weixin://` code).
    public var alipayServiceID: Int64?
    public var quickServiceID: Int64
    /// The `service_id` refunds are sent with (the document's example: 30).
    public var refundServiceID: Int64

    public init(
        user: String, password: Secret, storeID: String, nativeServiceID: Int64 = 30, alipayServiceID: Int64? = nil,
        quickServiceID: Int64 = 2, refundServiceID: Int64 = 30
    ) {
        self.user = user
        self.password = password
        self.storeID = storeID
        self.nativeServiceID = nativeServiceID
        self.alipayServiceID = alipayServiceID
        self.quickServiceID = quickServiceID
        self.refundServiceID = refundServiceID
    }
}
