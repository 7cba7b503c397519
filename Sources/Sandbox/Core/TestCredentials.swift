/// The sandbox's well-known test credentials. They look like real ones (prefixes, lengths, formats)
/// so connectors validate them as they would a real account's, and they are published on purpose:
/// they open nothing but the sandbox.
public enum TestCredentials {
    /// TakeMe Pay public test key (sources from the POS).
    public static let takeMePayPublicKey = "pk_test_till_sandbox_4Qz8Xw2Lm9Rt6Yv3Nb7Kc1Hd5Jf0"
    /// TakeMe Pay secret test key (charges, refunds, events, webhooks).
    public static let takeMePaySecretKey = "sk_test_till_sandbox_8Ws3Ke6Tn1Pq9Zb4Mx7Gv2Lr5Ya0"
    /// TapIn vendor id.
    public static let tapInVendorID: Int64 = 25467
    /// TapIn secret signing code.
    public static let tapInSSCode = "ss_till_sandbox_3f9a1c7e5b2d8046"
    /// TapIn merchant id reported by the status query.
    public static let tapInMerchantID: Int64 = 80125
    /// Pomelo API key (client_secret), sent as `Authorization`.
    public static let pomeloAPIKey = "pp_sandbox_key_6c1e9f3a7b5d2480e4a1c9f7"
    /// Pomelo application id (client_id), sent as `deviceId`.
    public static let pomeloClientID = "till-sandbox-app-0001"
    /// Pomelo signature method the written configuration uses.
    public static let pomeloSignMethod = "sha1"
    /// MOTP API user.
    public static let motpUser = "till_sandbox"
    /// MOTP API password.
    public static let motpPassword = "sandbox-pass-7Hq2Vx9"
    /// MOTP store id.
    public static let motpStoreID = "109038"
    /// MOTP service id for Native and JSAPI Pay.
    public static let motpNativeServiceID: Int64 = 30
    /// MOTP service id for Quick Pay.
    public static let motpQuickServiceID: Int64 = 2
}
