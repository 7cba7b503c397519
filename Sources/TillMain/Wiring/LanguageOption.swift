import ArgumentParser
import Foundation
import TillStrings

/// `--lang`: the language of the counter and of `till pay` and `till refund`'s sentences. The one
/// rule of choosing: `--lang`, else `[ui] language`, else the POSIX locale.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "The language: en, ja or zh-Hans. Default: [ui] language, else the locale's (LC_ALL, LC_MESSAGES, LANG).")
    var language: String?

    func validate() throws {
        if let language, Language(setting: language) == nil {
            throw ValidationError("--lang \(language) is not a language Till speaks: write en, ja or zh-Hans")
        }
    }

    /// The language chosen, given `[ui] language` of the configuration.
    func chosen(configured: Language?) -> Language {
        language.flatMap(Language.init(setting:)) ?? configured ?? Language.fromLocale(ProcessInfo.processInfo.environment)
    }

    /// The catalog of the language chosen.
    func strings(_ environment: TillEnvironment) -> Strings {
        Strings(chosen(configured: environment.ui.language))
    }
}
