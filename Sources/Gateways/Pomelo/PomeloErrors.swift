import TillCore

/// Pomelo's errors: `{"code": "PP-xx-xx", "message": "..."}` with an HTTP status. The documents list
/// no individual codes, only the statuses, so the table is by HTTP status and the raw code is kept.
public enum PomeloErrors {
    public static let byHTTPStatus: [Int: CashierErrorKind] = [
        400: .requestRefused,
        401: .requestRefused,
        404: .requestRefused,
        500: .gatewayUnavailable,
    ]

    static func cashierError(code: String?, message: String?, status: Int) -> CashierError {
        let raw = GatewayRawError(code: code ?? "HTTP \(status)", message: message)
        // A status the document does not list (409, 422, 429, ...) settles nothing.
        let kind = byHTTPStatus[status] ?? (status >= 500 || status == 429 ? .gatewayUnavailable : .unexpectedAnswer)
        return kind.error(raw)
    }
}
