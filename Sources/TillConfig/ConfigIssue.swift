import TillStrings

/// One thing wrong with the configuration: where (file and line, or environment variable), which
/// key, what is wrong, and what to write instead. Its text never holds a secret.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    /// The configuration file's path, or `environment variable NAME`.
    public var file: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// The dotted key, e.g. `gateways.takemepay.secret_key`, when the problem concerns one.
    public var key: String?
    /// What is wrong, in any language.
    public var problemPhrase: ConfigPhrase
    /// What to write instead, in any language.
    public var fixPhrase: ConfigPhrase

    /// What is wrong, in English.
    public var problem: String { problemPhrase.text(in: Strings(.en)) }
    /// What to write instead, in English.
    public var fix: String { fixPhrase.text(in: Strings(.en)) }

    public init(file: String, line: Int?, key: String?, problem: ConfigPhrase, fix: ConfigPhrase) {
        self.file = file
        self.line = line
        self.key = key
        self.problemPhrase = problem
        self.fixPhrase = fix
    }

    /// An issue whose words are English only.
    public init(file: String, line: Int?, key: String?, problem: String, fix: String) {
        self.init(file: file, line: line, key: key, problem: .untranslated(problem), fix: .untranslated(fix))
    }

    /// `till.toml:12: gateways.takemepay.secret_key: is missing; write secret_key = "sk_test_..."`
    public var description: String { message(in: Strings(.en)) }

    /// The issue in the language of `strings`: the place and key as they are, the problem and its fix translated.
    public func message(in strings: Strings) -> String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + strings.text(.issueJoin, ["problem": problemPhrase.text(in: strings), "fix": fixPhrase.text(in: strings)])
    }
}

/// The configuration could not be used; every problem found is listed, in file order.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    public init(issues: [ConfigIssue]) {
        self.issues = issues
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
