import ArgumentParser
import Foundation
import TillConfig
import TillStrings

/// `--lang`: the language of everything Till says to a person. The one rule of choosing: `--lang`,
/// else `[ui] language`, else the POSIX locale. Before the configuration is read (a usage error, a
/// configuration that cannot be read) it is `--lang`, else the locale.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "The language: en, ja or zh-Hans. Default: [ui] language, else the locale's (LC_ALL, LC_MESSAGES, LANG).")
    var language: String?

    func validate() throws {
        if let language, Language(setting: language) == nil {
            let strings = Strings(Language.fromLocale(ProcessInfo.processInfo.environment))
            throw ValidationError(strings.text(.langUnknown, ["value": language]))
        }
    }

    /// `--lang` when it names a language.
    var explicit: Language? { language.flatMap(Language.init(setting:)) }

    /// The language chosen, given `[ui] language` of the configuration.
    func chosen(configured: Language?) -> Language {
        explicit ?? configured ?? Language.fromLocale(ProcessInfo.processInfo.environment)
    }

    /// The catalog before the configuration is read: `--lang`, else the locale.
    var early: Strings { Strings(chosen(configured: nil)) }

    /// The catalog of a command that does not otherwise read the configuration (`journal`, `theme`,
    /// `log`): `[ui] language` counts when the file can be read; a broken file is `config check`'s
    /// business, not theirs.
    func strings(configPath: String?) -> Strings {
        if let explicit { return Strings(explicit) }
        let configured = try? ConfigLoader(explicitPath: configPath).load().ui.language
        return Strings(chosen(configured: configured))
    }

    /// `--lang` read straight from the command line, for the options that check themselves before
    /// the command's own `--lang` is at hand (`--demo-buyer-delay`): `--lang`, else the locale.
    static func early(_ arguments: [String] = CommandLine.arguments) -> Strings {
        var setting: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { setting = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { setting = String(argument.dropFirst("--lang=".count)) }
        }
        let language = setting.flatMap(Language.init(setting:)) ?? Language.fromLocale(ProcessInfo.processInfo.environment)
        return Strings(language)
    }
}
