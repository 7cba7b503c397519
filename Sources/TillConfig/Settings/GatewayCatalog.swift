import TillCore

/// What Till knows of each gateway before reading a file: its keys, secrets, default addresses and
/// brands.
enum GatewayCatalog {
    /// Keys every gateway table may hold.
    static let commonKeys = ["enabled", "base_url", "webhook_url", "brands", "mode"]

    /// The gateway's own keys, in the names of its specification.
    static func accountKeys(_ id: GatewayID) -> [String] {
        switch id {
        case .takemepay: ["public_key", "secret_key", "webhook_secret"]
        case .tapin: ["vendor_id", "ss_code", "limit_days"]
        case .pomelo: ["api_key", "client_id", "sign_method", "expires_minutes"]
        case .motp: ["user", "password", "store_id", "native_service_id", "quick_service_id", "refund_service_id"]
        }
    }

    /// Keys whose values are credentials: masked when shown, overridable from the environment.
    static let secretKeys: Set<String> = ["public_key", "secret_key", "webhook_secret", "ss_code", "api_key", "password"]

    /// `TILL_TAKEMEPAY_SECRET_KEY`
    static func environmentName(_ id: GatewayID, _ key: String) -> String {
        "TILL_\(id.rawValue.uppercased())_\(key.uppercased())"
    }

    static func supportedBrands(_ id: GatewayID) -> [Brand] {
        switch id {
        case .takemepay: [.wechatPay]
        case .tapin: [.tapinLink]
        case .pomelo: [.card, .wechatPay, .alipay]
        case .motp: [.wechatPay, .alipay]
        }
    }

    static func defaultBrands(_ id: GatewayID) -> [Brand] {
        switch id {
        case .takemepay: [.wechatPay]
        case .tapin: [.tapinLink]
        case .pomelo: [.card]
        case .motp: [.wechatPay, .alipay]
        }
    }

    /// The documented base URL for a mode; nil when the gateway has none (MOTP) or none for that mode.
    static func defaultBaseURL(_ id: GatewayID, mode: GatewayMode) -> String? {
        switch (id, mode) {
        case (.takemepay, .test): "https://api-stg.takemepay.com/v1"
        case (.takemepay, .live): "https://api.takemepay.com/v1"
        case (.tapin, .test): "https://demo.tapin.tech"
        case (.tapin, .live): "https://app.tapin.tech"
        case (.pomelo, .live): "https://api.pomelopay.com/public"
        case (.pomelo, .test), (.motp, _): nil
        }
    }

    /// Whether the gateway calls back to a URL Till gives it.
    static func takesWebhook(_ id: GatewayID) -> Bool { id != .motp }
}
