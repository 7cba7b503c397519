import Testing

@testable import TillStrings

@Suite struct LanguageTests {
    @Test func settingTakesTheThreeNamesInAnyCase() {
        #expect(Language(setting: "en") == .en)
        #expect(Language(setting: "ja") == .ja)
        #expect(Language(setting: "zh-Hans") == .zhHans)
        #expect(Language(setting: "ZH-hans") == .zhHans)
        #expect(Language(setting: "zh") == nil)
        #expect(Language(setting: "fr") == nil)
        #expect(Language(setting: "") == nil)
    }

    @Test(arguments: [
        ("ja_JP.UTF-8", Language.ja), ("ja", .ja), ("zh_CN.UTF-8", .zhHans), ("zh_SG", .zhHans),
        ("zh_Hans_CN.UTF-8", .zhHans), ("zh_TW.UTF-8", .en), ("en_US.UTF-8", .en), ("C", .en), ("POSIX", .en),
        ("C.UTF-8", .en), ("de_DE.UTF-8", .en),
    ])
    func localeNames(locale: String, expected: Language) {
        #expect(Language.fromLocale(["LANG": locale]) == expected)
    }

    @Test func lcAllWinsOverLCMessagesWhichWinsOverLang() {
        #expect(Language.fromLocale(["LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US"]) == .ja)
        #expect(Language.fromLocale(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "ja_JP"]) == .zhHans)
        #expect(Language.fromLocale(["LC_ALL": "", "LANG": "ja_JP"]) == .ja)
        #expect(Language.fromLocale([:]) == .en)
    }
}
