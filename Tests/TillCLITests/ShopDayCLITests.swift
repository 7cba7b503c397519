import Foundation
import Testing
import TillTesting
@testable import Journal

/// A shop's day with the real binary in demo mode: a shift with a float, every tender, refunds,
/// cash paid in and out, a late payment the reconciler refunds, an unresolved order; an X midway and
/// the Z at the end, figure by figure; then a row changed by hand, which `till report verify` names.
@Suite("till shift, cash, report: a scripted day")
struct ShopDayCLITests {
    let home = TillBinary.temporaryFolder()
    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
    }
    var journalPath: String { home.appendingPathComponent("data/till/journal.sqlite").path }

    func till(_ arguments: [String], expect status: Int32 = 0) throws -> TillBinary.Result {
        let result = try TillBinary.run(arguments, environment: environment)
        #expect(result.status == status, "till \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    func json(_ text: String) throws -> [String: Any] {
        let line = try #require(text.split(separator: "\n").last)
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func value(_ object: [String: Any], _ path: String) -> String? {
        var current: Any? = object
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return current.map { "\($0)" }
    }

    func pay(_ arguments: [String], expect status: Int32 = 0) throws -> String {
        let result = try till(["pay", "--json", "--demo-buyer-delay", "0", "--timeout", "10"] + arguments, expect: status)
        return try #require(try json(result.stdout)["order"] as? String)
    }

    @Test func aWholeDayAddsUpToTheYen() async throws {
        let opened = try json(try till(["shift", "open", "--cashier", "Aiko", "--float", "10000", "--json"]).stdout)
        #expect(opened["cashier"] as? String == "Aiko" && opened["float"] as? String == "10000" && opened["open"] as? Bool == true)
        _ = try till(["shift", "open", "--cashier", "Ken", "--float", "0"], expect: 2)

        let qr = try pay(["--gateway", "motp", "--amount", "1200"])
        let quick = try pay(["--amount", "800", "--scan", "134567890123456780"])
        let cash = try till(["pay", "--cash", "--amount", "500", "--tendered", "1000"])
        #expect(cash.stdout.contains("Change: ¥500"))
        let other = try json(try till(["pay", "--other", "--amount", "3000", "--reference", "CARD-7", "--json"]).stdout)
        #expect(other["tender"] as? String == "other" && other["reference"] as? String == "CARD-7")
        _ = try till(["refund", qr, "--amount", "200"])
        _ = try till(["refund", quick])
        _ = try till(["cash", "in", "--amount", "2000", "--reason", "change from the bank"])
        _ = try till(["cash", "out", "--amount", "300", "--reason", "milk"])
        let late = try pay(["--gateway", "motp", "--amount", "700", "--timeout", "1", "--demo-buyer-delay", "2"], expect: 3)

        let x = try json(try till(["report", "x", "--json"]).stdout)
        #expect(value(x, "sales.count") == "4" && value(x, "sales.total") == "5500")
        #expect(value(x, "refunds.total") == "1000" && value(x, "cash.expected") == "12200" && value(x, "unresolved") == "1")
        #expect(value(x, "number") == nil && value(x, "kind") == "x")

        let open = try pay(["--gateway", "pomelo", "--amount", "1592", "--timeout", "1"], expect: 3)
        try await Task.sleep(for: .seconds(2))  // the simulated buyer of `late` pays 2 s after its QR
        #expect(try till(["recover"]).stdout.contains("paid late: refund"))

        let refused = try till(["report", "z", "--counted", "12150"], expect: 2)
        #expect(refused.stderr.contains(open) && !refused.stderr.contains(late))
        let z = try json(try till([
            "report", "z", "--counted", "12150", "--acknowledge", open, "--manager", "Ken", "--json",
        ]).stdout)
        let expected: [String: String] = [
            "number": "1", "kind": "z", "currency": "JPY", "sales.count": "5", "sales.total": "6200", "refunds.count": "3",
            "refunds.total": "1700", "automatic_refunds.total": "700", "net": "4500",
            "by_tender.qr.sales.total": "1900", "by_tender.qr.refunds.total": "900", "by_tender.quickpay.net": "0",
            "by_tender.cash.sales.total": "500", "by_tender.other.sales.total": "3000", "by_brand.wechatpay.sales.total": "2700",
            "by_gateway.motp.net": "1000", "cash.float": "10000", "cash.expected": "12200", "cash.counted": "12150",
            "cash.variance": "-50", "unresolved": "1", "paid_in.total": "2000", "paid_out.total": "300",
            "previous_hash": String(repeating: "0", count: 64),
        ]
        for (path, figure) in expected { #expect(value(z, path) == figure, "\(path)") }
        #expect((value(z, "hash") ?? "").count == 64)
        #expect(try till(["shift", "status", "--json"]).stdout.contains("\"open\":false"))

        #expect(try till(["report", "show", "1", "--csv"]).stdout.contains("\nsales.total,6200\n"))
        #expect(try till(["report", "list"]).stdout.contains("Z 1  shift 1  Aiko"))
        #expect(try till(["report", "verify"]).stdout.contains("All 1 Z report(s) check out"))

        let store = try JournalStore(path: journalPath)
        _ = try await store.inspect("UPDATE tender_payments SET amount_minor = 50 WHERE tender = 'cash'")
        let verify = try till(["report", "verify"], expect: 1)
        #expect(verify.stdout.contains("Row tender_payments/") && verify.stdout.contains("was changed after Z 1 counted it"))
    }

    /// Cash and other sales need an open shift; a refund of one goes back the way it was paid.
    @Test func cashNeedsAShiftAndIsRefundedInCash() throws {
        let refused = try till(["pay", "--cash", "--amount", "500"], expect: 2)
        #expect(refused.stderr.contains("No shift is open"))
        _ = try till(["pay", "--other", "--amount", "500"], expect: 2)
        _ = try till(["shift", "open", "--cashier", "Mei", "--float", "0"])
        _ = try till(["pay", "--cash", "--amount", "500", "--tendered", "400"], expect: 2)
        let order = try #require(try json(try till(["pay", "--cash", "--amount", "500", "--json"]).stdout)["order"] as? String)
        #expect(try till(["refund", order, "--amount", "200"]).stdout.contains("Give back ¥200 in cash"))
        #expect(try till(["refund", order, "--amount", "400"], expect: 2).stderr.contains("left of it, ¥300"))
        #expect(try till(["refund", order]).stdout.contains("(¥0 left to refund)"))
        let closed = try till(["shift", "close", "--counted", "0"])
        #expect(closed.stdout.contains("Z report 1") && closed.stdout.contains("variance ¥0"))
    }
}

extension ShopDayCLITests {
    /// The Z asks TakeMe Pay and Pomelo for their lists: a payment the gateway took while the
    /// journal still waits for an answer (Pomelo cannot cancel one) is listed as a difference; TapIn
    /// and MOTP say they cannot list.
    @Test func theZComparesTheGatewaysListsWithTheJournal() async throws {
        _ = try till(["shift", "open", "--cashier", "Aiko", "--float", "0"])
        _ = try pay(["--gateway", "takemepay", "--amount", "800"])
        let late = try pay(["--gateway", "pomelo", "--amount", "1200", "--timeout", "1", "--demo-buyer-delay", "2"], expect: 3)
        try await Task.sleep(for: .seconds(2))  // the buyer pays at the gateway; nobody has asked since
        let z = try json(try till([
            "report", "z", "--counted", "0", "--acknowledge", late, "--manager", "Ken", "--json",
        ]).stdout)
        let lines = try #require(z["reconciliation"] as? [String])
        #expect(lines.contains("TakeMe Pay: 1 payment(s) of the journal compared with 1 listed, no difference."), "\(lines)")
        #expect(lines.contains { $0.contains("Pomelo Pay lists order \(late) (¥1,200) as paid; the journal has it as unconfirmed.") })
        #expect(lines.contains("TapIn Pay: its documents give no list of payments; not compared."))
        #expect(lines.contains("MOTP: its documents give no list of payments; not compared."))
    }
}

extension ShopDayCLITests {
    /// The shop's day speaks the language chosen, as every command does.
    @Test func theShopDaySpeaksJapaneseAndChinese() throws {
        #expect(try till(["shift", "open", "--cashier", "Aiko", "--float", "1000", "--lang", "ja"]).stdout
            .contains("シフト 1 を開きました：Aiko、釣り銭準備金 ¥1,000。"))
        let refused = try till(["shift", "open", "--cashier", "Ken", "--float", "0", "--lang", "zh-Hans"], expect: 2)
        #expect(refused.stderr.contains("班次 1（Aiko）仍未结束。") && !refused.stderr.contains("is still open"))
        let paid = try till(["pay", "--cash", "--amount", "500", "--tendered", "1000", "--lang", "zh-Hans"]).stdout
        #expect(paid.contains("现金已付：¥500") && paid.contains("找零：¥500"))
        let usage = try till(["pay", "--cash", "--other", "--amount", "1", "--lang", "ja"], expect: 2)
        #expect(usage.stderr.contains("--cash と --other のどちらか一つを指定してください"))
        #expect(try till(["report", "verify", "--lang", "ja"]).stdout.contains("Z レポートはまだありません。"))
        let receipt = try till(["receipt", "show", "1", "--lang", "ja"]).stdout
        #expect(receipt.contains("領収書 1") && receipt.contains("合計") && receipt.contains("お釣り"), "\(receipt)")
        let x = try till(["report", "x", "--lang", "ja"]).stdout
        #expect(x.hasPrefix("X レポート · シフト 1 · Aiko · JPY") && x.contains("売上：1 件、¥500") && x.contains("差引：¥500"), "\(x)")
        #expect(try till(["cash", "out", "--amount", "100", "--reason", " ", "--lang", "ja"], expect: 2).stderr
            .contains("理由が空です。"))
    }
}
