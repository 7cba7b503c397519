import Foundation
import Testing
import TillTesting

/// `till pay` and `till refund` say their sentences in the language of `--lang`, else
/// `[ui] language`, else the locale; JSON lines keep the machine's words.
@Suite struct LanguageCLITests {
    let home = TillBinary.temporaryFolder()

    func till(_ arguments: [String], locale: String = "C.UTF-8") throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: [
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": "",
        ])
    }

    @Test func payAndRefundInJapaneseThenChinese() throws {
        let paid = try till(["pay", "--gateway", "motp", "--amount", "1200", "--timeout", "10", "--demo-buyer-delay", "0"], locale: "ja_JP.UTF-8")
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stdout.contains("お客様にコードを見せてください。"), "\(paid.stdout)")
        let result = try #require(paid.stdout.split(separator: "\n").last.map(String.init))
        #expect(result.hasPrefix("支払い済み：1200 JPY、注文 "), "\(result)")
        let order = String(try #require(result.split(separator: " ").last?.dropLast()))

        let refunded = try till(["refund", order, "--lang", "zh-Hans"], locale: "ja_JP.UTF-8")
        #expect(refunded.status == 0, "\(refunded.stderr)")
        #expect(refunded.stdout.contains("已退款订单 \(order) 的 1200 JPY"), "\(refunded.stdout)")

        let again = try till(["refund", order], locale: "en_US.UTF-8")
        #expect(again.status == 2)
        #expect(again.stderr.contains("Order \(order) is already refunded in full: nothing is left to refund."), "\(again.stderr)")
    }

    @Test func theConfigurationsLanguageAndAnUnknownLang() throws {
        let folder = home.appendingPathComponent("config/till")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("[ui]\nlanguage = \"ja\"\n".utf8).write(to: folder.appendingPathComponent("till.toml"))
        let unknown = try till(["refund", "T1"], locale: "zh_CN.UTF-8")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("注文番号 T1 の支払いは記録にありません。"), "\(unknown.stderr)")
        let french = try till(["pay", "--gateway", "motp", "--amount", "1", "--lang", "fr"])
        #expect(french.status == 2)
        #expect(french.stderr.contains("--lang fr is not a language Till speaks: write en, ja or zh-Hans"), "\(french.stderr)")
    }
}
