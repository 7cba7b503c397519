import TillCore

/// MOTP's failure `result_code`s mapped onto cashier-facing errors.
///
/// Only `OUT_TRADE_NO_USED` and `OUT_REFUND_NO_USED` are documented (in the project's decisions);
/// the others are the usual WeChat Pay micropay codes that MOTP passes through, kept so that a buyer
/// code problem reads as one. `SYSTEMERROR`, `BANKERROR` and any code not in the table settle nothing:
/// the buyer's money may have moved, so the outcome is unknown and Till asks by the order number.
public enum MOTPErrors {
    /// The order number was used before: a lost answer's order exists.
    public static let orderNumberUsed = "OUT_TRADE_NO_USED"
    /// The refund number was used before.
    public static let refundNumberUsed = "OUT_REFUND_NO_USED"
    /// Codes that say the asked order or refund does not exist. The documents name none: Till's own
    /// sandbox answers `ORDER_NOT_FOUND` / `REFUND_NOT_FOUND` (HTTP 404, see Sources/Sandbox/SCENARIOS.md);
    /// the WeChat Pay style spellings are kept for a real MOTP that passes those through.
    public static let notFound: Set<String> = [
        "ORDER_NOT_FOUND", "REFUND_NOT_FOUND", "ORDER_NOT_EXIST", "ORDERNOTEXIST", "NOT_FOUND", "REFUND_NOT_EXIST", "REFUNDNOTEXIST",
    ]

    public static let table: [String: CashierErrorKind] = [
        "AUTH_CODE_INVALID": .buyerCodeInvalid,
        "AUTHCODEEXPIRE": .buyerCodeInvalid,
        "AUTH_CODE_ERROR": .buyerCodeInvalid,
        "NOTENOUGH": .declined,
        "BUYER_MISMATCH": .declined,
        "PAYERROR": .declined,
        "FAIL": .declined,
        "SYSTEMERROR": .gatewayUnavailable,
        "BANKERROR": .gatewayUnavailable,
        "FREQUENCY_LIMITED": .gatewayUnavailable,
    ]

    /// The cashier error for a refusal with `code` and `message`, answered with HTTP `status`.
    public static func cashierError(code: String, message: String?, status: Int) -> CashierError {
        let raw = GatewayRawError(code: code, message: message)
        if status == 429 || status >= 500 { return .gatewayUnavailable(raw) }
        if let kind = table[code] { return kind.error(raw) }
        // Not a documented refusal: it says nothing about the buyer's money.
        return .unexpectedAnswer(raw)
    }
}
