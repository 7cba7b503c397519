/// Whether a gateway account moves real money.
public enum GatewayMode: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case test
    case live

    public var description: String { rawValue }
}

/// How Pomelo Pay signs: md5 (base64) or sha1 (hex), the `signMethod` of the documents.
public enum PomeloSignMethod: String, Sendable, Equatable, CaseIterable {
    case md5
    case sha1
}
