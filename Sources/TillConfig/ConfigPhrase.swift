import TillStrings

/// A configuration problem's sentence, or its fix, kept so that it can be told in any language: a
/// catalog key with its values, each plain text (a key name, a value as written) or itself a word
/// of the catalog (a type's name). What is not in the catalogs yet is English text.
public enum ConfigPhrase: Sendable, Equatable {
    /// A value of a phrase: text as it is, or a word (with its own values) said in the phrase's language.
    public enum Value: Sendable, Equatable {
        case text(String)
        case word(CommandLineKey, [String: String] = [:])
    }

    case phrase(CommandLineKey, [String: Value])
    /// English only: text from a caller that has no catalog key for it.
    case untranslated(String)

    /// A phrase whose values are all plain text.
    public static func of(_ key: CommandLineKey, _ values: [String: String] = [:]) -> ConfigPhrase {
        .phrase(key, values.mapValues { .text($0) })
    }

    /// The sentence in the language of `strings`.
    public func text(in strings: Strings) -> String {
        switch self {
        case .untranslated(let text):
            return text
        case .phrase(let key, let values):
            return strings.text(key, values.mapValues { value in
                switch value {
                case .text(let text): text
                case .word(let word, let values): strings.text(word, values)
                }
            })
        }
    }
}
