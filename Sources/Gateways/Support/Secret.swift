/// A secret (API key, `ss_code`, password, token) that cannot be printed by accident.
///
/// `description`, `debugDescription` and reflection show only a masked form such as
/// `sk_test_…9yWV`; the real text is reachable only through `revealed`, which connectors call at the
/// one place they put it on the wire or into a signature.
public struct Secret: Sendable, Equatable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String

    public init(_ value: String) { self.value = value }

    /// The secret itself, for signing and for the wire only.
    public var revealed: String { value }

    /// True when the secret is empty (not configured).
    public var isEmpty: Bool { value.isEmpty }

    /// A form safe for screens and logs: a known key prefix (`sk_test_`) is kept, then `…`, then the
    /// last four characters when the secret is long enough that they give nothing away.
    public var masked: String {
        var prefix = ""
        if let underscore = value.lastIndex(of: "_") {
            let candidate = value[...underscore]
            if candidate.count <= 8 { prefix = String(candidate) }
        }
        let rest = value.dropFirst(prefix.count)
        guard rest.count >= 16 else { return prefix + "…" }
        return prefix + "…" + rest.suffix(4)
    }

    public var description: String { masked }
    public var debugDescription: String { "Secret(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}
