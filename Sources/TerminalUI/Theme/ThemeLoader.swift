/// Finds the theme the cashier asked for, and falls back to the default with a message when it
/// cannot be used: a bad theme never stops Till.
public struct ThemeLoader: Sendable {
    /// Reads a theme file's `key = "value"` pairs with their lines: the TOML reader's job. Nil
    /// until it is wired in; then only built-in themes can be named.
    public var readEntries: (@Sendable (String) throws -> [ThemeEntry])?

    public init(readEntries: (@Sendable (String) throws -> [ThemeEntry])? = nil) {
        self.readEntries = readEntries
    }

    /// What was loaded: a complete theme, and messages for the cashier when it is not the one
    /// asked for.
    public struct Loaded: Sendable {
        public let theme: Theme
        public let messages: [String]
    }

    /// Loads `nameOrPath`: a built-in theme's name, or a theme file's path (anything with a `/`
    /// or ending in `.toml`). Nil means the default.
    public func load(_ nameOrPath: String?) -> Loaded {
        let fallback = BuiltinThemes.standard
        guard let nameOrPath, !nameOrPath.isEmpty else { return Loaded(theme: fallback, messages: []) }
        do throws(ThemeError) {
            let theme = try find(nameOrPath)
            return Loaded(theme: try chain.complete(theme), messages: [])
        } catch {
            return Loaded(theme: fallback, messages: ["\(error); using the default theme"])
        }
    }

    private var chain: ThemeChain {
        ThemeChain { name throws(ThemeError) in try find(name) }
    }

    private func find(_ nameOrPath: String) throws(ThemeError) -> Theme {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !isPath, let builtin = BuiltinThemes.named(nameOrPath) { return builtin }
        let path = isPath ? nameOrPath : "themes/\(nameOrPath).toml"
        guard let readEntries else {
            throw ThemeError(
                theme: nameOrPath,
                reason: "no built-in theme has this name (they are "
                    + BuiltinThemes.all.map(\.name).joined(separator: ", ") + ") and theme files cannot be read yet")
        }
        let entries: [ThemeEntry]
        do {
            entries = try readEntries(path)
        } catch {
            throw ThemeError(theme: path, reason: "cannot be read: \(error)")
        }
        let name = String(path.split(separator: "/").last ?? Substring(path)).replacingSuffix(".toml")
        return try Theme(name: name, entries: entries)
    }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
