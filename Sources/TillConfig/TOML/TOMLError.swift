/// Why a TOML text could not be read: the line, the key when one was being read, what is wrong and
/// what to write instead.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public var line: Int
    /// The dotted key whose value was being read, if any.
    public var key: String?
    /// What is wrong.
    public var message: String
    /// What to write instead.
    public var hint: String?

    public init(line: Int, key: String? = nil, message: String, hint: String? = nil) {
        self.line = line
        self.key = key
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "line \(line): "
        if let key { text += "\(key): " }
        text += message
        if let hint { text += "; \(hint)" }
        return text
    }
}
