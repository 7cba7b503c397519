/// The payment gateways Till speaks to. The raw value is the short name used in code, configuration
/// and the journal.
public enum GatewayID: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case takemepay
    case tapin
    case pomelo
    case motp

    /// The name a shop owner knows the gateway by.
    public var displayName: String {
        switch self {
        case .takemepay: "TakeMe Pay"
        case .tapin: "TapIn Pay"
        case .pomelo: "Pomelo Pay"
        case .motp: "MOTP"
        }
    }

    public var description: String { rawValue }
}
