import TillCore

/// TapIn's `errCode`s mapped onto cashier-facing errors. Codes mean different things per call
/// (2 is "already created by id_1" on create and "not found" on status); those are handled by the
/// client before this table.
public enum TapInErrors {
    /// On create: a collection with this `id_1` exists.
    public static let duplicate = 2
    /// On status: no such collection, or it expired (past `limit_days`).
    public static let notFound = 2

    public static let table: [Int: CashierErrorKind] = [
        1: .requestRefused,  // parameter error
        2: .requestRefused,  // created already / not found, when it reaches the table
        4: .gatewayUnavailable,  // too many requests: try again in a moment
        9: .requestRefused,  // signature missing or wrong: check ss_code
        500: .gatewayUnavailable,  // server error
    ]

    /// The cashier error for `errCode` and `msg`. A code the document does not list settles nothing.
    public static func cashierError(code: Int, message: String?) -> CashierError {
        let raw = GatewayRawError(code: String(code), message: message)
        return (table[code] ?? .unexpectedAnswer).error(raw)
    }
}
