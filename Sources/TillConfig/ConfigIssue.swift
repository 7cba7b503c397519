/// One thing wrong with the configuration: where (file and line, or environment variable), which
/// key, what is wrong, and what to write instead. Its text never holds a secret.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    /// The configuration file's path, or `environment variable NAME`.
    public var file: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// The dotted key, e.g. `gateways.takemepay.secret_key`, when the problem concerns one.
    public var key: String?
    /// What is wrong.
    public var problem: String
    /// What to write instead.
    public var fix: String

    public init(file: String, line: Int?, key: String?, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
        self.fix = fix
    }

    /// `till.toml:12: gateways.takemepay.secret_key: is missing; write secret_key = "sk_test_..."`
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + problem + "; " + fix
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
