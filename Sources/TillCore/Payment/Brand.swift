/// A payment brand the buyer recognises on the checkout sheet. One gateway may offer several brands,
/// and one brand may be offered by several gateways.
public enum Brand: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case wechatPay = "wechatpay"
    case alipay
    case card
    case tapinLink = "tapin"

    /// The name shown on the checkout sheet.
    public var displayName: String {
        switch self {
        case .wechatPay: "WeChat Pay"
        case .alipay: "Alipay"
        case .card: "Card"
        case .tapinLink: "TapIn link"
        }
    }

    /// The brand whose buyer payment codes look like `code`, if any.
    ///
    /// WeChat Pay codes are 18 digits starting 10–15; Alipay codes are 16–24 digits starting 25–30.
    public static func forBuyerCode(_ code: String) -> Brand? {
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }),
            let prefix = Int(code.prefix(2))
        else { return nil }
        if code.count == 18, (10...15).contains(prefix) { return .wechatPay }
        if (16...24).contains(code.count), (25...30).contains(prefix) { return .alipay }
        return nil
    }

    /// The brand a QR payload belongs to, when its form tells: a `weixin://` link is a WeChat Pay
    /// code, a `https://qr.alipay.com/` link an Alipay one. Checkout links (TapIn, Pomelo) tell nothing.
    public static func forQRPayload(_ payload: String) -> Brand? {
        let lowered = payload.lowercased()
        if lowered.hasPrefix("weixin://") { return .wechatPay }
        if lowered.hasPrefix("https://qr.alipay.com/") { return .alipay }
        return nil
    }

    public var description: String { rawValue }
}
