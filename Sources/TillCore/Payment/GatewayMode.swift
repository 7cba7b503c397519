/// Whether a gateway account moves real money.
public enum GatewayMode: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case test
    case live

    public var description: String { rawValue }
}
