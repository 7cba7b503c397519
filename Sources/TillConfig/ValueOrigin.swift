/// Where an effective configuration value came from, shown by `till config check`.
public enum ValueOrigin: Sendable, Equatable, CustomStringConvertible {
    /// Written in the configuration file on this line.
    case file(path: String, line: Int)
    /// Taken from this environment variable.
    case environment(String)
    /// Till's default.
    case defaultValue
    /// Worked out from other values (e.g. test or live mode from the key prefixes).
    case derived(String)

    public var description: String {
        switch self {
        case .file(let path, let line): "\(path):\(line)"
        case .environment(let name): "$\(name)"
        case .defaultValue: "default"
        case .derived(let reason): "from \(reason)"
        }
    }
}

/// One line of the effective configuration: a dotted key, its value as it may be shown (secrets
/// masked), and where it came from.
public struct EffectiveEntry: Sendable, Equatable {
    public var key: String
    public var shown: String
    public var origin: ValueOrigin

    public init(key: String, shown: String, origin: ValueOrigin) {
        self.key = key
        self.shown = shown
        self.origin = origin
    }
}
