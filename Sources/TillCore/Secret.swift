/// A credential (secret key, public key, `ss_code`, API key, password). Printing it in any way
/// (`print`, interpolation, `dump`, `debugPrint`) shows only its masked form, so it cannot reach a
/// screen, a log or an error message by accident; `reveal()` is the one way to the text, for signing.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The secret itself, for building a signature or an Authorization header. Never print it.
    public func reveal() -> String { text }

    /// True when nothing is configured.
    public var isEmpty: Bool { text.isEmpty }

    /// The masked form: `sk_test_…9yWV`.
    public var masked: String { Secret.mask(text) }

    public var description: String { masked }
    public var debugDescription: String { masked }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }

    /// Prefixes that tell the kind and mode of a key and are not secret themselves.
    static let knownPrefixes = ["sk_test_", "sk_live_", "pk_test_", "pk_live_", "wesec_"]

    /// How many characters after the prefix a secret needs before its last four may be shown:
    /// showing four of fewer than twelve would give away too much of it.
    static let minimumLengthToShowTail = 12

    /// Masks any secret text: a known prefix stays, the last four characters stay when the rest is
    /// long enough, everything else becomes `…`. A short secret becomes `…` alone.
    public static func mask(_ text: String) -> String {
        let prefix = knownPrefixes.first { text.hasPrefix($0) } ?? ""
        let rest = text.dropFirst(prefix.count)
        let tail = rest.count >= minimumLengthToShowTail ? String(rest.suffix(4)) : ""
        return prefix + "…" + tail
    }
}
