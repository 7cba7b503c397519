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
    public var secretKey: Secret
    public var webhookSecret: Secret?

    public init(publicKey: Secret, secretKey: Secret, webhookSecret: Secret? = nil) {
        self.publicKey = publicKey
        self.secretKey = secretKey
        self.webhookSecret = webhookSecret
    }
}

/// TapIn Pay: the partner vendor id and the `ss_code` that keys the MD5 signatures.
public struct TapInCredentials: Sendable, Equatable {
    public var vendorID: Int64
    public var ssCode: Secret

    public init(vendorID: Int64, ssCode: Secret) {
        self.vendorID = vendorID
        self.ssCode = ssCode
    }
}

/// Pomelo Pay: the API key (client secret), the application's client id, and the signature method.
public struct PomeloCredentials: Sendable, Equatable {
    public var apiKey: Secret
    public var clientID: String
    public var signMethod: PomeloSignMethod

    public init(apiKey: Secret, clientID: String, signMethod: PomeloSignMethod = .sha1) {
        self.apiKey = apiKey
        self.clientID = clientID
        self.signMethod = signMethod
    }
}

/// MOTP: the login for `/api/token`, the store, and the service ids of Native Pay and Quick Pay.
public struct MOTPCredentials: Sendable, Equatable {
    public var user: String
    public var password: Secret
    public var storeID: String
    public var nativeServiceID: Int64
    public var quickServiceID: Int64

    public init(user: String, password: Secret, storeID: String, nativeServiceID: Int64 = 30, quickServiceID: Int64 = 2) {
        self.user = user
        self.password = password
        self.storeID = storeID
        self.nativeServiceID = nativeServiceID
        self.quickServiceID = quickServiceID
    }
}
