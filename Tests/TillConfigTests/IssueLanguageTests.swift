import Testing
import TillConfig
import TillStrings

/// A configuration problem is told in the chosen language; its English `description` is the
/// English catalog's, and a secret never enters any language's text.
@Suite struct IssueLanguageTests {
    static let broken = """
        [store]
        currency = 5
        nmae = "x"
        [journal]
        path = ""
        [gateways.takemepay]
        public_key = "pk_test_replace-with-your-public-key"
        secret_key = "sk_test_SECRETSECRETSECRET"
        base_url = "http://user:hunter2@example.com"
        """

    @Test func everyTranslatedIssueReadsInJapaneseAndChinese() {
        let found = issues(Self.broken)
        #expect(found.count >= 4)
        let japanese = found.map { $0.message(in: Strings(.ja)) }
        let chinese = found.map { $0.message(in: Strings(.zhHans)) }
        #expect(japanese.contains("till.toml:2: store.currency: 値が整数です。文字列にしてください。currency = \"JPY\" と書いてください"), "\(japanese)")
        #expect(japanese.contains { $0.hasPrefix("till.toml:3: store.nmae: 不明なキーです。name の間違いではありませんか？（[store] のキー：") }, "\(japanese)")
        #expect(chinese.contains("till.toml:5: journal.path: 为空；请写文件路径，或删除此键以使用默认位置"), "\(chinese)")
        #expect(chinese.contains { $0.contains("gateways.takemepay.base_url: 包含用户名或密码") }, "\(chinese)")
        for (issue, line) in zip(found, japanese) {
            #expect(line != issue.description, "left in English: \(line)")
            #expect(!line.contains("SECRETSECRET") && !line.contains("hunter2"), "\(line)")
        }
    }

    /// The gateways' own problems: every one reads in Japanese, none is English left in place.
    @Test func everyGatewaysProblemIsTranslated() {
        let text = """
            [store]
            currency = "USD"
            max_sale = "0"
            [gateways.takemepay]
            public_key = "pk_live_PUBLICPUBLIC"
            secret_key = "sk_test_SECRETSECRET"
            mode = "test"
            [gateways.tapin]
            vendor_id = 0
            ss_code = "SSCODESSCODE"
            limit_days = 9999
            brands = ["tapin", "tapin"]
            [gateways.pomelo]
            api_key = "APIKEYAPIKEY"
            client_id = "1"
            sign_method = "rot13"
            brands = ["wechatpai"]
            [gateways.motp]
            user = "u"
            password = "PASSWORDPASSWORD"
            store_id = "1"
            base_url = "http://example.com"
            webhook_url = "https://example.com"
            brands = []
            [gateways.unknown]
            """
        let found = issues(text)
        #expect(found.count >= 10, "\(found)")
        for issue in found {
            let japanese = issue.message(in: Strings(.ja))
            #expect(japanese != issue.description, "left in English: \(japanese)")
            #expect(!japanese.contains("SECRETSECRET") && !japanese.contains("PASSWORDPASSWORD"), "\(japanese)")
        }
    }

    @Test func aTOMLSyntaxErrorReadsInTheChosenLanguage() {
        let found = issues("[store]\nname = shop\n")
        #expect(found.count == 1)
        let japanese = found.first?.message(in: Strings(.ja)) ?? ""
        #expect(japanese.contains("は Till が読める値ではありません。文字列はダブルクォートで囲んでください（例：name = \"shop\"）"), "\(japanese)")
        #expect(found.first?.description.contains("is not a value Till can read; write text in double quotes, e.g. name = \"shop\"") == true)
        let unclosed = issues("[store\n").first?.message(in: Strings(.zhHans)) ?? ""
        #expect(unclosed == "till.toml:1: 表标题必须以 ] 结尾；请写 [store]", "\(unclosed)")
    }

    /// Every TOML syntax error the reader words reads in Chinese, none is English left in place.
    @Test(arguments: [
        "a = ", "a = shop", "a = \"open", "a \"x\"", "= 1", "a = 1 2", "[a", "a = 1\na = 2", "[a]\n[a]", "a = 1.5",
        "a = [1 2]", "a = [1,", "a = 2026-12-05", "a = 012", "a = 99999999999999999999", "a = 1__0", "a = \"\"\"x\"\"\"",
        "a = \"\\q\"", "a = \"\\u12\"", "[[a]]", "a = { b 1 }", "a = { b = 1 c = 2 }", "a = 1\r", "a = 1\n[a]",
        "a = 1\na.b = 2",
    ])
    func everyTOMLErrorIsTranslated(text: String) {
        let found = issues(text)
        #expect(found.count == 1, "\(found)")
        for issue in found {
            let chinese = issue.message(in: Strings(.zhHans))
            #expect(chinese != issue.description, "left in English: \(chinese)")
        }
    }

    @Test func theEnglishDescriptionIsTheEnglishCatalogs() {
        let found = issues(Self.broken)
        #expect(found.map(\.description) == found.map { $0.message(in: Strings(.en)) })
        #expect(found.first?.description == "till.toml:2: store.currency: is an integer but must be a string; write currency = \"JPY\"")
        let plain = ConfigIssue(file: "till.toml", line: 3, key: "store.max_sale", problem: "is wrong", fix: "write this")
        #expect(plain.message(in: Strings(.ja)) == "till.toml:3: store.max_sale: is wrong。write this")
    }
}
