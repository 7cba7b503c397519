import Testing

@testable import TillStrings

/// Every command-line catalog holds every key, non-empty, with the same `{placeholders}` as English,
/// and a translation is not English left in place.
@Suite struct CommandLineCatalogTests {
    @Test(arguments: Language.allCases)
    func everyKeyIsPresentAndNotEmpty(language: Language) {
        let catalog = Strings.commandLineCatalog(language)
        for key in CommandLineKey.allCases {
            let line = catalog[key]
            #expect(line != nil, "\(language.rawValue) has no line for \(key.rawValue)")
            #expect(line?.isEmpty == false, "\(language.rawValue): \(key.rawValue) is empty")
        }
    }

    @Test(arguments: Language.allCases)
    func placeholdersAreTheSameAsEnglish(language: Language) {
        for key in CommandLineKey.allCases {
            let english = Strings.placeholders(in: Strings.commandLineCatalog(.en)[key] ?? "")
            let translated = Strings.placeholders(in: Strings.commandLineCatalog(language)[key] ?? "")
            #expect(translated == english, "\(language.rawValue): \(key.rawValue) has \(translated), English \(english)")
        }
    }

    @Test(arguments: [Language.ja, .zhHans])
    func translationsAreNotEnglish(language: Language) {
        // Only lines made of a placeholder and punctuation may read the same in every language.
        let same = CommandLineKey.allCases.filter { Strings.commandLineCatalog(language)[$0] == Strings.commandLineCatalog(.en)[$0] }
        #expect(same.isEmpty, "\(language.rawValue) keeps English for \(same.map(\.rawValue))")
    }

    @Test func textFillsTheCommandLinesPlaceholders() {
        #expect(Strings(.ja).text(.markedHandled, ["order": "T1", "note": "返金済み"]) == "注文 T1 を対応済みにしました：返金済み")
        #expect(Strings(.zhHans).text(.logEmpty, ["path": "/tmp/till.log"]) == "日志为空（/tmp/till.log）。")
        #expect(Strings(.en)[.demoNotice] == "Demo mode: no configuration, every gateway runs on the built-in sandbox.")
    }
}
