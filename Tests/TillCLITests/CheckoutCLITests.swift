import Foundation
import Testing
import TillTesting

/// `till pay`, `till refund`, `till status` and `till recover` as a user runs them, in demo mode on
/// the built-in sandbox (state kept next to the journal) and against `till sandbox serve`.
@Suite("till pay, refund, status, recover")
struct CheckoutCLITests {
    let home = TillBinary.temporaryFolder()
    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
    }

    func till(_ arguments: [String]) throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: environment)
    }

    /// The JSON objects of `--json` output; every line must be one.
    func jsonLines(_ text: String) throws -> [[String: String]] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let strings = try #require(object).compactMapValues { $0 as? String }
            return strings
        }
    }

    @Test func demoQRSaleThenRefundOnceOnly() throws {
        let paid = try till(["pay", "--gateway", "motp", "--amount", "1500", "--json", "--timeout", "10", "--demo-buyer-delay", "0"])
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stderr.contains("Demo mode: no configuration, every gateway runs on the built-in sandbox."))
        let lines = try jsonLines(paid.stdout)
        let first = try #require(lines.first), last = try #require(lines.last)
        #expect(first["event"] == "qr")
        #expect(first["payload"]?.isEmpty == false)
        let order = try #require(first["order"])
        #expect(last["event"] == "result")
        #expect(last["state"] == "succeeded")
        #expect(last["order"] == order)
        #expect(last["gateway"] == "motp")
        #expect(last["amount"] == "1500")
        #expect(last["currency"] == "JPY")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0["event"] == "status" })

        let list = try till(["journal", "list"])
        #expect(list.stdout.contains(order))
        #expect(list.stdout.contains("1500 JPY  paid"), "the counter's word, not the state machine's")

        let status = try till(["status", order])
        #expect(status.status == 0)
        #expect(status.stdout.contains(order))

        let tooMuch = try till(["refund", order, "--amount", "2000"])
        #expect(tooMuch.status == 2)
        #expect(tooMuch.stderr.contains("Only 1500 JPY of order \(order) is left to refund"))

        let part = try till(["refund", order, "--amount", "500"])
        #expect(part.status == 0, "\(part.stderr)")
        #expect(part.stdout.contains("Refunded 500 JPY of order \(order)"))

        let refund = try till(["refund", order])
        #expect(refund.status == 0, "\(refund.stderr)")
        #expect(refund.stdout.contains("Refunded 1000 JPY of order \(order)"))

        let again = try till(["refund", order])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already refunded in full"))
        #expect(try till(["journal", "list"]).stdout.contains("1500 JPY  refunded"), "as the counter's history says it")
        #expect(try till(["journal", "show", order]).stdout.contains("State      refunded (succeeded)"))
    }

    @Test func quickPayByMagicBuyerCodes() throws {
        let paid = try till(["pay", "--gateway", "motp", "--amount", "980", "--scan", "134567890123456780", "--timeout", "3"])
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stdout.contains("Paid: 980 JPY"))

        let declined = try till(["pay", "--gateway", "motp", "--amount", "980", "--scan", "134567890123456784", "--timeout", "3", "--json"])
        #expect(declined.status == 1)
        let last = try #require(try jsonLines(declined.stdout).last)
        #expect(last["state"] == "failed")
        #expect(declined.stderr.contains("declined"))
    }

    @Test func quickPayThroughAGatewayWithoutQuickPayIsAUsageError() throws {
        let result = try till(["pay", "--gateway", "takemepay", "--amount", "980", "--scan", "134567890123456780"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("No configured gateway offers WeChat Pay QuickPay"))
    }

    @Test func tapInRefundIsRefusedPlainly() throws {
        let paid = try till(["pay", "--gateway", "tapin", "--amount", "1500", "--json", "--timeout", "10", "--demo-buyer-delay", "0"])
        #expect(paid.status == 0, "\(paid.stderr)")
        let order = try #require(try jsonLines(paid.stdout).last?["order"])
        let refund = try till(["refund", order])
        #expect(refund.status == 2)
        #expect(refund.stderr.contains("TapIn Pay has no refund API"))
    }

    @Test func buyerWhoNeverPaysIsUnconfirmed() throws {
        let result = try till(["pay", "--gateway", "pomelo", "--amount", "1592", "--json", "--timeout", "3"])
        #expect(result.status == 3, "\(result.stderr)")
        let last = try #require(try jsonLines(result.stdout).last)
        #expect(last["state"] == "unconfirmed")

        let status = try till(["status", try #require(last["order"])])
        #expect(status.status == 0)
        #expect(status.stdout.contains("unconfirmed"))
        #expect(status.stdout.contains("The gateway says now:"))

        let recover = try till(["recover"])
        #expect(recover.status == 0)
        #expect(recover.stdout.contains(try #require(last["order"])))
    }

    @Test(arguments: ["abc", "0", "-5", "12.5"])
    func badAmountIsAUsageError(amount: String) throws {
        let result = try till(["pay", "--gateway", "motp", "--amount", amount])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownOrderIsAUsageError() throws {
        let result = try till(["refund", "T20261122000000NOSUCH"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("No payment with order number T20261122000000NOSUCH"))
    }

    /// Dark modules on bright white in explicit colours, so the code scans on any terminal theme;
    /// `--invert` draws it the other way.
    @Test func qrCodeIsDrawnOnStandardOutputInExplicitColoursWithoutJSON() throws {
        let result = try till(["pay", "--gateway", "pomelo", "--amount", "1500", "--timeout", "10", "--demo-buyer-delay", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("█"))
        #expect(result.stdout.contains("\u{1B}[30;107m"))
        #expect(!result.stdout.contains("\u{1B}[97;40m"))
        #expect(result.stdout.contains("Paid: 1500 JPY"))
        let inverted = try till(["pay", "--gateway", "pomelo", "--amount", "1500", "--timeout", "10", "--demo-buyer-delay", "0", "--invert"])
        #expect(inverted.status == 0, "\(inverted.stderr)")
        #expect(inverted.stdout.contains("\u{1B}[97;40m"))
        #expect(!inverted.stdout.contains("\u{1B}[30;107m"))
    }

    /// As at the counter: the code's brand picks the gateway that takes QuickPay for it.
    @Test func quickPayWithoutAGatewayFindsTheOneForTheCodesBrand() throws {
        let paid = try till(["pay", "--amount", "980", "--scan", "134567890123456780", "--timeout", "3"])
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stdout.contains("Paid: 980 JPY"))
        #expect(try till(["journal", "list"]).stdout.contains("motp"))
        let qr = try till(["pay", "--amount", "980"])
        #expect(qr.status == 2)
        #expect(qr.stderr.contains("a QR payment needs --gateway"))
    }

    @Test func versionIsPrinted() throws {
        let version = try till(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("till "))
    }

    @Test func aBadConfigurationIsOneSentenceAndExitTwo() throws {
        let file = home.appendingPathComponent("bad.toml")
        try Data("[store]\ncurrency = \"JPY\"\n\n[gateways.tapin]\nvendor_id = 1\nss_code = \"x\"\n".utf8).write(to: file)
        let result = try till(["pay", "--config", file.path, "--gateway", "tapin", "--amount", "100"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("webhook_url"))
        #expect(!result.stderr.contains("Demo mode"))
    }

    @Test func recoverOnAnEmptyJournal() throws {
        let result = try till(["recover"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Nothing to recover"))
        #expect(result.stderr.contains("Demo mode"))
    }
}
