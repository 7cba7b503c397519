/// The cashier's words in one language: a catalog (`Catalogs/`) looked up by `StringKey`, with
/// `{name}` placeholders filled in by `text(_:_:)`.
public struct Strings: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The catalog of a language: every `StringKey` to its line (the tests check none is missing).
    public static func catalog(_ language: Language) -> [StringKey: String] {
        switch language {
        case .en: englishCatalog
        case .ja: japaneseCatalog
        case .zhHans: simplifiedChineseCatalog
        }
    }

    /// The name of the currency `code` in this language; `english` (TillCore's name) when the
    /// catalog has none.
    public func currencyName(code: String, english: String) -> String {
        switch language {
        case .en: english
        case .ja: japaneseCurrencyNames[code] ?? english
        case .zhHans: simplifiedChineseCurrencyNames[code] ?? english
        }
    }

    /// The line of `key`, without placeholders filled.
    public subscript(_ key: StringKey) -> String {
        // A key missing from a catalog fails the tests; at run time English is better than nothing.
        Self.catalog(language)[key] ?? englishCatalog[key] ?? key.rawValue
    }

    /// The line of `key` with each `{name}` replaced by `values[name]`.
    public func text(_ key: StringKey, _ values: [String: String] = [:]) -> String {
        Self.fill(self[key], values)
    }

    /// `template` with each `{name}` replaced by `values[name]`; an unknown name stays as it is.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = template
        for (name, value) in values {
            result = result.replacingAll("{\(name)}", with: value)
        }
        return result
    }

    /// The placeholder names in `template`, for the test that every language has the same ones.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var current: String?
        for character in template {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.insert(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
