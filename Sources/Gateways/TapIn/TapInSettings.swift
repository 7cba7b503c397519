import Foundation
import TillCore

/// What the TapIn connector needs from the configuration.
public struct TapInSettings: Sendable {
    /// `https://demo.tapin.tech` (test) or `https://app.tapin.tech` (production), or a sandbox.
    public var baseURL: URL
    /// The partner vendor id (`vendor_id`).
    public var vendorID: Int
    /// The secret `ss_code` that signs every request.
    public var ssCode: Secret
    /// Where TapIn posts the success callback (`webhook`, required by TapIn).
    public var webhookURL: String
    /// How many days a collection link lives (`limit_days`), sent on every create. TapIn's own
    /// default is 30 days, far too long for a code shown at a counter: Till's default is 1.
    public var limitDays: Int
    /// `is_customer_fee`: 1 lets the buyer pay the handling fee, 0 not; nil leaves it to the payee
    /// configuration at TapIn (not sent).
    public var customerPaysFee: Bool?
    /// The currency of the account's amounts (TapIn amounts are in cents of it).
    public var currency: Currency

    public static let testBaseURL = URL(string: "https://demo.tapin.tech")!
    public static let productionBaseURL = URL(string: "https://app.tapin.tech")!

    public init(
        vendorID: Int, ssCode: Secret, webhookURL: String, currency: Currency, baseURL: URL = TapInSettings.testBaseURL,
        limitDays: Int = TapInSettings.defaultLimitDays, customerPaysFee: Bool? = nil
    ) {
        self.vendorID = vendorID
        self.ssCode = ssCode
        self.webhookURL = webhookURL
        self.currency = currency
        self.baseURL = baseURL
        self.limitDays = limitDays
        self.customerPaysFee = customerPaysFee
    }

    /// One day: a counter QR should not stay payable for a month.
    public static let defaultLimitDays = 1
}

/// The documented TapIn paths.
enum TapInPath {
    static let create = "/api/external_collection/create_external_collection"
    static let status = "/api/external_collection/collection_status"
}
