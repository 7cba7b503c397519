import TillCore

/// TakeMe Pay's error codes (`{"error": {"code": ..., "message": ...}}`) mapped onto cashier-facing
/// errors; a code not in the table is judged by its HTTP status.
public enum TakeMePayErrors {
    /// The source is not chargeable yet: wait and try again (handled by the client).
    public static let notChargeable = "not_chargeable"
    /// No object with that id.
    public static let missingObject = "missing_object"

    public static let table: [String: CashierErrorKind] = [
        "constraint_violation": .requestRefused,
        "amount_invalid": .requestRefused,
        "not_chargeable": .requestRefused,
        "method_not_supported": .requestRefused,
        "missing_parameter": .requestRefused,
        "invalid_format": .requestRefused,
        "media_type_not_supported": .requestRefused,
        "parse_error": .requestRefused,
        "missing_object": .requestRefused,
        "unauthorized": .requestRefused,
    ]

    /// The kind of error for an HTTP status without a documented code: only a documented code is a
    /// definite refusal, so anything else leaves the outcome unknown.
    public static func kind(forHTTPStatus status: Int) -> CashierErrorKind {
        switch status {
        case 429, 500...: .gatewayUnavailable
        default: .unexpectedAnswer
        }
    }

    static func cashierError(code: String?, message: String?, status: Int) -> CashierError {
        let raw = GatewayRawError(code: code ?? "HTTP \(status)", message: message)
        if status == 429 || status >= 500 { return .gatewayUnavailable(raw) }
        if let code, let kind = table[code] { return kind.error(raw) }
        return kind(forHTTPStatus: status).error(raw)
    }
}
