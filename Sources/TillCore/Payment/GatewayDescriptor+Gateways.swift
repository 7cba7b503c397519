/// The four gateways, each as its document describes it.
extension GatewayDescriptor {
    /// TakeMe Pay: WeChat Pay sources in JPY; the key prefixes (`pk_test_`, `sk_live_`) tell the mode.
    public static let takeMePay = GatewayDescriptor(
        id: .takemepay, supportedBrands: [.wechatPay], defaultBrands: [.wechatPay],
        accountKeys: [.secret("public_key"), .secret("secret_key"), .secret("webhook_secret")],
        baseURLs: [.test: "https://api-stg.takemepay.com/v1", .live: "https://api.takemepay.com/v1"],
        defaultMode: .test, webhook: .optional, qrPayloadLength: 40, sandboxPath: "/takemepay/v1",
        sandboxAccount: [
            ("public_key", .text("pk_test_till_sandbox_4Qz8Xw2Lm9Rt6Yv3Nb7Kc1Hd5Jf0")),
            ("secret_key", .text("sk_test_till_sandbox_8Ws3Ke6Tn1Pq9Zb4Mx7Gv2Lr5Ya0")),
        ])

    /// TapIn Pay: a collection link, signed with the vendor's `ss_code`, payable `limit_days`.
    public static let tapIn = GatewayDescriptor(
        id: .tapin, supportedBrands: [.tapinLink], defaultBrands: [.tapinLink],
        accountKeys: [.plain("vendor_id"), .secret("ss_code"), .plain("limit_days")],
        baseURLs: [.test: "https://demo.tapin.tech", .live: "https://app.tapin.tech"],
        defaultMode: .test, webhook: .required, qrPayloadLength: 64, sandboxPath: "/tapin",
        sandboxAccount: [
            ("mode", .text("test")), ("vendor_id", .integer(25467)), ("ss_code", .text("ss_till_sandbox_3f9a1c7e5b2d8046")),
        ])

    /// Pomelo Pay: a transaction whose QR image is fetched; live only (no public test address).
    public static let pomelo = GatewayDescriptor(
        id: .pomelo, supportedBrands: [.card, .wechatPay, .alipay], defaultBrands: [.card],
        accountKeys: [.secret("api_key"), .plain("client_id"), .plain("sign_method"), .plain("expires_minutes")],
        baseURLs: [.live: "https://api.pomelopay.com/public"],
        defaultMode: .live, webhook: .optional, qrPayloadLength: 64, sandboxPath: "/pomelo/public",
        sandboxAccount: [
            ("mode", .text("test")), ("api_key", .text("pp_sandbox_key_6c1e9f3a7b5d2480e4a1c9f7")), ("client_id", .text("till-sandbox-app-0001")),
            ("sign_method", .text("sha1")),
        ])

    /// MOTP: Native Pay (a WeChat Pay code; Alipay with its own service), Quick Pay and refunds, each
    /// under the merchant's `service_id`; every merchant is given its own address.
    public static let motp = GatewayDescriptor(
        id: .motp, supportedBrands: [.wechatPay, .alipay], defaultBrands: [.wechatPay, .alipay],
        accountKeys: [
            .plain("user"), .secret("password"), .plain("store_id"), .plain("native_service_id"),
            .plain("alipay_service_id"), .plain("quick_service_id"), .plain("refund_service_id"),
        ],
        baseURLs: [:], defaultMode: .live, webhook: .none, qrPayloadLength: 48, sandboxPath: "/motp",
        sandboxAccount: [
            ("mode", .text("test")), ("user", .text("till_sandbox")), ("password", .text("sandbox-pass-7Hq2Vx9")), ("store_id", .text("109038")),
            ("native_service_id", .integer(30)), ("alipay_service_id", .integer(31)), ("quick_service_id", .integer(2)),
        ])
}
