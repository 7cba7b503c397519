import TillCore

/// The sandbox's well-known test credentials, read from each gateway's `GatewayDescriptor`. They look
/// like real ones (prefixes, lengths, formats) so connectors validate them as they would a real
/// account's, and they are published on purpose: they open nothing but the sandbox.
public enum TestCredentials {
    /// TakeMe Pay public test key (sources from the POS).
    public static let takeMePayPublicKey = GatewayDescriptor.takeMePay.sandboxText("public_key")
    /// TakeMe Pay secret test key (charges, refunds, events, webhooks).
    public static let takeMePaySecretKey = GatewayDescriptor.takeMePay.sandboxText("secret_key")
    /// TapIn vendor id.
    public static let tapInVendorID = GatewayDescriptor.tapIn.sandboxInteger("vendor_id")
    /// TapIn secret signing code.
    public static let tapInSSCode = GatewayDescriptor.tapIn.sandboxText("ss_code")
    /// TapIn merchant id reported by the status query (the sandbox's own; not configured).
    public static let tapInMerchantID: Int64 = 80125
    /// Pomelo API key (client_secret), sent as `Authorization`.
    public static let pomeloAPIKey = GatewayDescriptor.pomelo.sandboxText("api_key")
    /// Pomelo application id (client_id), sent as `deviceId`.
    public static let pomeloClientID = GatewayDescriptor.pomelo.sandboxText("client_id")
    /// MOTP API user.
    public static let motpUser = GatewayDescriptor.motp.sandboxText("user")
    /// MOTP API password.
    public static let motpPassword = GatewayDescriptor.motp.sandboxText("password")
    /// MOTP store id.
    public static let motpStoreID = GatewayDescriptor.motp.sandboxText("store_id")
    /// MOTP service id for Native (WeChat Pay) and JSAPI Pay.
    public static let motpNativeServiceID = GatewayDescriptor.motp.sandboxInteger("native_service_id")
    /// MOTP service id for Native Pay of Alipay codes.
    public static let motpAlipayServiceID = GatewayDescriptor.motp.sandboxInteger("alipay_service_id")
    /// MOTP service id for Quick Pay.
    public static let motpQuickServiceID = GatewayDescriptor.motp.sandboxInteger("quick_service_id")
}
