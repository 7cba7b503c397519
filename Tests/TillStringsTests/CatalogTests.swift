import Testing

@testable import TillStrings

/// Every catalog holds every key, non-empty, with the same `{placeholders}` as English.
@Suite struct CatalogTests {
    @Test(arguments: Language.allCases)
    func everyKeyIsPresentAndNotEmpty(language: Language) {
        let catalog = Strings.catalog(language)
        for key in StringKey.allCases {
            let line = catalog[key]
            #expect(line != nil, "\(language.rawValue) has no line for \(key.rawValue)")
            #expect(line?.isEmpty == false, "\(language.rawValue): \(key.rawValue) is empty")
        }
    }

    @Test(arguments: Language.allCases)
    func placeholdersAreTheSameAsEnglish(language: Language) {
        for key in StringKey.allCases {
            let english = Strings.placeholders(in: Strings.catalog(.en)[key] ?? "")
            let translated = Strings.placeholders(in: Strings.catalog(language)[key] ?? "")
            #expect(translated == english, "\(language.rawValue): \(key.rawValue) has \(translated), English \(english)")
        }
    }

    @Test func translationsAreNotEnglish() {
        // A line left in English would pass the presence test; names such as QuickPay may stay.
        let same = StringKey.allCases.filter { Strings.catalog(.ja)[$0] == Strings.catalog(.en)[$0] }
        #expect(same == [.hintQuickPay, .paymentTitleQuickPay, .labelPIN])
    }

    @Test func fillReplacesEveryPlaceholder() {
        let strings = Strings(.ja)
        #expect(strings.text(.sheetPay, ["amount": "¥1,200", "brand": "WeChat Pay"]) == "WeChat Pay で ¥1,200 を支払う")
        #expect(Strings.fill("{a} and {a}, {b}", ["a": "x"]) == "x and x, {b}")
        #expect(Strings.placeholders(in: "Pay {amount} with {brand}") == ["amount", "brand"])
    }

    @Test func currencyNamesFallBackToEnglish() {
        #expect(Strings(.ja).currencyName(code: "JPY", english: "Japanese yen") == "日本円")
        #expect(Strings(.zhHans).currencyName(code: "CNY", english: "Chinese yuan") == "人民币")
        #expect(Strings(.en).currencyName(code: "JPY", english: "Japanese yen") == "Japanese yen")
        #expect(Strings(.ja).currencyName(code: "CHF", english: "Swiss franc") == "Swiss franc")
    }

    @Test func japaneseWordsOfThePointOfSale() {
        #expect(Strings(.ja)[.sheetTitle] == "お会計")
        #expect(Strings(.ja)[.resultPaid] == "支払い済み")
        #expect(Strings(.zhHans)[.hintCharge] == "收款")
        #expect(Strings(.zhHans)[.resultPaid] == "已支付")
    }
}
