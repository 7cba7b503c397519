import Testing
import TillConfig
import TillStrings

/// `[ui] language`: the three languages, any other value an issue that lists them.
@Suite struct LanguageConfigTests {
    @Test func readsTheLanguage() throws {
        #expect(try decode("[ui]\nlanguage = \"ja\"").ui.language == .ja)
        #expect(try decode("[ui]\nlanguage = \"zh-Hans\"").ui.language == .zhHans)
        #expect(try decode("[ui]\nlanguage = \"en\"").ui.language == .en)
        #expect(try decode("").ui.language == nil)
    }

    @Test func anotherLanguageIsAnIssueListingTheThree() throws {
        let found = try #require(issue("[ui]\nlanguage = \"fr\"", key: "ui.language"))
        #expect(found.line == 2)
        #expect(found.problem == #""fr" is not a language Till speaks"#)
        #expect(found.fix.hasPrefix(#"write "en", "ja" or "zh-Hans""#))
        #expect(issue("[ui]\nlanguage = 5", key: "ui.language") != nil)
    }

    @Test func configCheckShowsTheLanguage() throws {
        let configuration = try decode("[ui]\nlanguage = \"ja\"")
        #expect(configuration.entries.contains { $0.key == "ui.language" && $0.shown == "\"ja\"" })
    }
}
