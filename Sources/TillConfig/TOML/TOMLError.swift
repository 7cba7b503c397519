import TillStrings

/// Why a TOML text could not be read: the line, the key when one was being read, what is wrong and
/// what to write instead, in any language (`message(in:)`).
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public var line: Int
    /// The dotted key whose value was being read, if any.
    public var key: String?
    /// What is wrong.
    public var messagePhrase: ConfigPhrase
    /// What to write instead.
    public var hintPhrase: ConfigPhrase?

    /// What is wrong, in English.
    public var message: String { messagePhrase.text(in: Strings(.en)) }
    /// What to write instead, in English.
    public var hint: String? { hintPhrase?.text(in: Strings(.en)) }

    public init(line: Int, key: String? = nil, _ message: ConfigPhrase, hint: ConfigPhrase? = nil) {
        self.line = line
        self.key = key
        self.messagePhrase = message
        self.hintPhrase = hint
    }

    /// An error whose words are English only (a caller's own text).
    public init(line: Int, key: String? = nil, message: String, hint: String? = nil) {
        self.init(line: line, key: key, .untranslated(message), hint: hint.map(ConfigPhrase.untranslated))
    }

    public var description: String { message(in: Strings(.en)) }

    /// `line 3: store.name: has no value; write a value after =, ...` in the language of `strings`.
    public func message(in strings: Strings) -> String {
        var text = strings.text(.themeLine, ["line": String(line)]) + ": "
        if let key { text += "\(key): " }
        return text + reason(in: strings)
    }

    /// What is wrong and, when known, what to write instead, without the place.
    public func reason(in strings: Strings) -> String {
        let problem = messagePhrase.text(in: strings)
        guard let hintPhrase else { return problem }
        return strings.text(.issueJoin, ["problem": problem, "fix": hintPhrase.text(in: strings)])
    }
}
