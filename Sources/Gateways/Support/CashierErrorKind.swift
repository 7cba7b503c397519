import TillCore

/// The kind of cashier-facing error a gateway code maps to: the right-hand side of every error table.
public enum CashierErrorKind: String, Sendable, Equatable {
    case declined
    case buyerCodeInvalid
    case gatewayUnavailable
    case requestRefused
    case unexpectedAnswer

    /// The `CashierError` of this kind, carrying the gateway's raw code and message.
    public func error(_ raw: GatewayRawError) -> CashierError {
        switch self {
        case .declined: .declined(raw)
        case .buyerCodeInvalid: .buyerCodeInvalid(raw)
        case .gatewayUnavailable: .gatewayUnavailable(raw)
        case .requestRefused: .requestRefused(raw)
        case .unexpectedAnswer: .unexpectedAnswer(raw)
        }
    }
}
