extension Strings {
    /// The command line's catalog of a language: every `CommandLineKey` to its sentence (the tests
    /// check none is missing).
    public static func commandLineCatalog(_ language: Language) -> [CommandLineKey: String] {
        switch language {
        case .en: englishCommandLineCatalog
        case .ja: japaneseCommandLineCatalog
        case .zhHans: simplifiedChineseCommandLineCatalog
        }
    }

    /// The sentence of `key`, without placeholders filled.
    public subscript(_ key: CommandLineKey) -> String {
        // A key missing from a catalog fails the tests; at run time English is better than nothing.
        Self.commandLineCatalog(language)[key] ?? englishCommandLineCatalog[key] ?? key.rawValue
    }

    /// The sentence of `key` with each `{name}` replaced by `values[name]`.
    public func text(_ key: CommandLineKey, _ values: [String: String] = [:]) -> String {
        Self.fill(self[key], values)
    }
}
