import Foundation
import TillCore

/// What the MOTP connector needs from the configuration. MOTP has no public base URL: each merchant
/// is given one.
public struct MOTPSettings: Sendable {
    /// The merchant's MOTP base URL; the documented paths (`/api/token`, ...) are appended.
    public var baseURL: URL
    /// The API user name.
    public var user: String
    /// The API password.
    public var password: Secret
    /// The merchant store id.
    public var storeID: String
    /// `service_id` for Native Pay (the documents' example: 30).
    public var nativeServiceID: Int
    /// `service_id` for Native Pay of Alipay codes, when the account has one. The document's Native
    /// Pay answers a WeChat Pay code (`weixin://`), so without this service MOTP offers no Alipay QR.
    public var alipayNativeServiceID: Int?
    /// `service_id` for Quick Pay (the documents' example: 2).
    public var quickPayServiceID: Int
    /// `service_id` for JSAPI Pay (the documents' example: 30).
    public var jsapiServiceID: Int
    /// `service_id` sent with refunds (the documents' example: 30).
    public var refundServiceID: Int
    /// Optional sub store reference and the name shown to the payer.
    public var subStoreID: Int?
    public var subStoreName: String?
    /// Optional surcharge in percent (`fee_rate`), as decimal text (`2`).
    public var feeRate: String?
    /// The account's currency: MOTP requests carry no currency, answers echo it.
    public var currency: Currency
    /// The brands the account offers.
    public var brands: [Brand]

    public init(
        baseURL: URL, user: String, password: Secret, storeID: String, currency: Currency,
        nativeServiceID: Int = 30, alipayNativeServiceID: Int? = nil, quickPayServiceID: Int = 2, jsapiServiceID: Int = 30, refundServiceID: Int = 30,
        subStoreID: Int? = nil, subStoreName: String? = nil, feeRate: String? = nil, brands: [Brand] = [.wechatPay]
    ) {
        self.baseURL = baseURL
        self.user = user
        self.password = password
        self.storeID = storeID
        self.currency = currency
        self.nativeServiceID = nativeServiceID
        self.alipayNativeServiceID = alipayNativeServiceID
        self.quickPayServiceID = quickPayServiceID
        self.jsapiServiceID = jsapiServiceID
        self.refundServiceID = refundServiceID
        self.subStoreID = subStoreID
        self.subStoreName = subStoreName
        self.feeRate = feeRate
        self.brands = brands
    }
}

/// The documented MOTP paths, all `POST` with a JSON body.
enum MOTPPath {
    static let token = "/api/token"
    static let nativePay = "/api/native-pay"
    static let quickPay = "/api/quick-pay"
    static let jsapiPay = "/api/jsapi-pay"
    static let refund = "/api/refund"
    static let paymentStatus = "/api/payment-status"
    static let refundStatus = "/api/refund-status"
}
