import Foundation
import Testing
import TillTesting

/// Every command other than the counter, `pay` and `refund` speaks the chosen language too: the
/// real binary prints the translated sentence and not the English one; `--lang en` keeps English.
@Suite struct CommandLanguageCLITests {
    let home = TillBinary.temporaryFolder()

    func till(_ arguments: [String], locale: String = "C.UTF-8") throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: [
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": "",
        ])
    }

    /// One paid order in the demo journal, its number.
    func paidOrder() throws -> String {
        let paid = try till(["pay", "--gateway", "motp", "--amount", "1200", "--timeout", "10", "--demo-buyer-delay", "0", "--json"])
        #expect(paid.status == 0, "\(paid.stderr)")
        let result = try #require(paid.stdout.split(separator: "\n").last.map(String.init))
        let order = try #require(result.range(of: #""order":"[^"]+""#, options: .regularExpression).map { result[$0] })
        return String(order.dropFirst(9).dropLast())
    }

    @Test func journalStatusAndRecoverInJapanese() throws {
        let order = try paidOrder()
        let list = try till(["journal", "list"], locale: "ja_JP.UTF-8")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("\(order)  motp  "), "\(list.stdout)")
        #expect(list.stdout.contains("  1200 JPY  支払済み"), "\(list.stdout)")

        let show = try till(["journal", "show", order], locale: "ja_JP.UTF-8")
        #expect(show.stdout.contains("状態      支払済み (succeeded)"), "\(show.stdout)")
        #expect(show.stdout.contains("\n履歴\n"), "\(show.stdout)")
        #expect(!show.stdout.contains("History"), "\(show.stdout)")

        let status = try till(["status", order], locale: "ja_JP.UTF-8")
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stderr.contains("デモモード：設定がないため"), "\(status.stderr)")
        #expect(!status.stderr.contains("Demo mode"), "\(status.stderr)")
        #expect(status.stdout.contains("決済会社  MOTP"), "\(status.stdout)")

        let handle = try till(["journal", "handle", order, "--note", "checked"], locale: "ja_JP.UTF-8")
        #expect(handle.status == 2)
        #expect(handle.stderr == "注文 \(order) は「支払済み」です。対応は不要です\n", "\(handle.stderr)")

        let recover = try till(["recover"], locale: "ja_JP.UTF-8")
        #expect(recover.stdout.contains("確定するものはありません：記録のすべての支払いに最終結果があります。"), "\(recover.stdout)")
        #expect(!recover.stdout.contains("Nothing to recover"), "\(recover.stdout)")
    }

    @Test func journalErrorsInSimplifiedChinese() throws {
        let empty = try till(["journal", "list", "--lang", "zh-Hans"])
        #expect(empty.stdout.contains("的日志中还没有支付。"), "\(empty.stdout)")
        let unknown = try till(["journal", "show", "X9"], locale: "zh_CN.UTF-8")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("日志中没有订单号为 X9 的支付。请用 `till journal list` 核对订单号。"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("No payment with order number"), "\(unknown.stderr)")
        let refund = try till(["refund", "X9"], locale: "zh_CN.UTF-8")
        #expect(refund.status == 2)
        #expect(refund.stderr.contains("日志中没有订单号为 X9 的支付：请查看 `till journal list`。"), "\(refund.stderr)")

        // A journal that cannot be opened: its folder is a file.
        let file = home.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let broken = try till(["journal", "list", "--journal", file.appendingPathComponent("journal.sqlite").path], locale: "zh_CN.UTF-8")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("的日志：") && broken.stderr.contains("请检查文件夹是否存在且可写"), "\(broken.stderr)")
        #expect(!broken.stderr.contains("Cannot open the journal"), "\(broken.stderr)")
        let day = try till(["journal", "list", "--from", "2026-13-01"], locale: "zh_CN.UTF-8")
        #expect(day.stderr.contains("--from 2026-13-01 不是日期：请按 YYYY-MM-DD 书写"), "\(day.stderr)")
    }

    @Test func usageErrorsBeforeTheConfigurationIsRead() throws {
        let amount = try till(["pay", "--gateway", "motp", "--amount", "abc"], locale: "ja_JP.UTF-8")
        #expect(amount.status == 2)
        #expect(amount.stderr.contains("金額ではありません。1234.50 のように"), "\(amount.stderr)")
        #expect(!amount.stderr.contains("That is not an amount"), "\(amount.stderr)")
        let gateway = try till(["pay", "--gateway", "nope", "--amount", "1", "--lang", "zh-Hans"], locale: "ja_JP.UTF-8")
        #expect(gateway.status == 2)
        #expect(gateway.stderr.contains("--gateway nope 不是支付通道：请用 takemepay、tapin、pomelo 或 motp"), "\(gateway.stderr)")
        let english = try till(["pay", "--gateway", "nope", "--amount", "1", "--lang", "en"], locale: "ja_JP.UTF-8")
        #expect(english.stderr.contains("--gateway nope is not a gateway: use takemepay, tapin, pomelo or motp"), "\(english.stderr)")
    }

    @Test func aBrokenConfigurationAndItsCheck() throws {
        let folder = home.appendingPathComponent("config/till")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A broken file: its own [ui] language cannot count, the locale does.
        try Data("[ui]\nlanguage = \"en\"\n[store]\ncurrency = 5\n".utf8).write(to: folder.appendingPathComponent("till.toml"))
        let check = try till(["config", "check"], locale: "ja_JP.UTF-8")
        #expect(check.status == 2)
        #expect(check.stderr.contains("設定に 1 件の問題があります。"), "\(check.stderr)")
        #expect(check.stderr.contains("store.currency: 値が整数です。文字列にしてください。currency = \"JPY\" と書いてください"), "\(check.stderr)")
        #expect(!check.stderr.contains("problem in the configuration"), "\(check.stderr)")
        let english = try till(["config", "check", "--lang", "en"], locale: "ja_JP.UTF-8")
        #expect(english.stderr.contains("\n1 problem in the configuration.\n"), "\(english.stderr)")
        #expect(english.stderr.contains("store.currency: is an integer but must be a string; write currency = \"JPY\""), "\(english.stderr)")
        let pay = try till(["pay", "--gateway", "motp", "--amount", "1"], locale: "zh_CN.UTF-8")
        #expect(pay.status == 2)
        #expect(pay.stderr.contains("store.currency: 值为整数，必须是字符串；请写 currency = \"JPY\""), "\(pay.stderr)")

        try Data("[ui]\nlanguage = \"zh-Hans\"\n".utf8).write(to: folder.appendingPathComponent("till.toml"))
        let valid = try till(["config", "check"], locale: "ja_JP.UTF-8")
        #expect(valid.stdout.contains("配置有效。未配置支付通道：演示模式"), "\(valid.stdout)")
        let recover = try till(["recover"], locale: "ja_JP.UTF-8")
        #expect(recover.stdout.contains("没有需要处理的支付"), "\(recover.stdout)")
    }

    @Test func themeCheckAndItsErrors() throws {
        let dark = try till(["theme", "check", "dark"], locale: "zh_CN.UTF-8")
        #expect(dark.status == 0, "\(dark.stderr)")
        #expect(dark.stdout.hasPrefix("主题 dark（内置）：正常\n继承："), "\(dark.stdout)")
        #expect(dark.stdout.contains("# 来自 "), "\(dark.stdout)")
        let note = try till(["theme", "check", "takemepay"], locale: "zh_CN.UTF-8")
        #expect(note.stdout.contains("注意：主题 takemepay：在8 色终端（ansi8）上 contentDividerColor 和 actionSheetBackgroundColor 都会是 颜色 7"), "\(note.stdout)")
        #expect(!note.stdout.contains("would both be"), "\(note.stdout)")
        let unknown = try till(["theme", "check", "nope"], locale: "ja_JP.UTF-8")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("テーマ nope: この名前の内蔵テーマはなく（内蔵は default, dark"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("no built-in theme"), "\(unknown.stderr)")
        let file = home.appendingPathComponent("bad.toml")
        try Data("windowBackground = 5\n".utf8).write(to: file)
        let bad = try till(["theme", "check", file.path], locale: "ja_JP.UTF-8")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("テーマ \(file.path), 1 行目, windowBackground: 値が 整数 です。"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("a theme file holds only text values"), "\(bad.stderr)")
        try Data("windowBackground = \"#zz\"\n".utf8).write(to: file)
        let colour = try till(["theme", "check", file.path], locale: "zh_CN.UTF-8")
        #expect(colour.stderr.contains("windowBackground: \"#zz\" 不是颜色；请写 #RRGGBB、#RGB、#AARRGGBB 或 transparent"), "\(colour.stderr)")
        try Data("windowBackground = 5\n".utf8).write(to: file)
        let english = try till(["theme", "check", file.path, "--lang", "en"], locale: "ja_JP.UTF-8")
        #expect(english.stderr.contains("theme \(file.path), line 1, windowBackground: is an integer; a theme file holds only text values"), "\(english.stderr)")
    }

    @Test func themeImportSaysWhatItLeftOut() throws {
        let file = home.appendingPathComponent("styles.xml")
        let xml = #"<resources><style name="Shop" parent="TakeMePay"><item name="bogus">#fff</item></style></resources>"#
        try Data(xml.utf8).write(to: file)
        let imported = try till(["theme", "import", file.path], locale: "ja_JP.UTF-8")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("1 行目：bogus はお会計画面の属性ではないため、取り込みません"), "\(imported.stderr)")
        let missing = try till(["theme", "import", file.path, "--style", "Nope"], locale: "zh_CN.UTF-8")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("没有名为 \"Nope\" 的样式；文件中有 Shop"), "\(missing.stderr)")
    }

    @Test func logAndItsUsageError() throws {
        let empty = try till(["log"], locale: "ja_JP.UTF-8")
        #expect(empty.stdout.hasPrefix("ログは空です（"), "\(empty.stdout)")
        let lines = try till(["log", "-n", "0"], locale: "zh_CN.UTF-8")
        #expect(lines.status == 2)
        #expect(lines.stderr.contains("--lines 至少为 1。"), "\(lines.stderr)")
    }
}
