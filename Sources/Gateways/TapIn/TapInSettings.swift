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
    /// How many days a collection link lives (`limit_days`; TapIn's default is 30).
    public var limitDays: Int?
    /// The currency of the account's amounts (TapIn amounts are in cents of it).
    public var currency: Currency

    public static let testBaseURL = URL(string: "https://demo.tapin.tech")!
    public static let productionBaseURL = URL(string: "https://app.tapin.tech")!

    public init(
        vendorID: Int, ssCode: Secret, webhookURL: String, currency: Currency, baseURL: URL = TapInSettings.testBaseURL,
        limitDays: Int? = nil
    ) {
        self.vendorID = vendorID
        self.ssCode = ssCode
        self.webhookURL = webhookURL
        self.currency = currency
        self.baseURL = baseURL
        self.limitDays = limitDays
    }
}

/// The documented TapIn paths.
enum TapInPath {
    static let create = "/api/external_collection/create_external_collection"
    static let status = "/api/external_collection/collection_status"
}
