import Foundation
import Testing
import TillTesting

/// Issue 12's edges on the real `till` binary in demo mode, in tmux: the amount after a cancelled
/// sale, a refused decimal point, a refused amount and Enter, Ctrl-C and SIGTERM during a payment,
/// Ctrl-L, and the demo banner. Named …TmuxEndToEndTests so that scripts/test runs them in its
/// round of the real binary, not beside the in-process tests.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct CounterEdgeTmuxEndToEndTests {
    typealias Counter = PaymentEndToEndTests.Counter
    static let banner = "DEMO — no real money moves"

    /// Whether the screen shows the checkout sheet (a charge went on).
    static func sheetShown(_ tmux: Tmux) throws -> Bool { try tmux.screen().contains("Pay ¥") }

    @Test(.timeLimit(.minutes(1)))
    func aCancelledSalesAmountNeverAppendsToTheNextAndF3ShowsItFirst() throws {
        let counter = try Counter(buyerDelay: 120, name: "carry")
        defer { counter.stop() }
        try counter.typeSlowly("492")
        try counter.tmux.sendKeys(["Enter", "Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"))
        try counter.tmux.sendKeys(["Escape"])
        #expect(try counter.tmux.waitFor("Cancelled"), "screen: \((try? counter.tmux.screen()) ?? "")")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("New sale"))
        try counter.typeSlowly("500")
        #expect(try counter.tmux.waitFor("500_"))
        #expect(!(try counter.tmux.screen()).contains("492500"), "screen: \((try? counter.tmux.screen()) ?? "")")
        // A scan now charges what was typed for this sale: ¥500, never ¥492,500.
        try counter.tmux.sendKeys("134567890123456789".map { String($0) } + ["Enter"])
        #expect(try counter.tmux.waitFor("QuickPay"), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(try counter.tmux.screen().contains("¥500"))
        #expect(try counter.tmux.waitFor("Paid. Hand over the goods."), "screen: \((try? counter.tmux.screen()) ?? "")")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("New sale"))
        try counter.tmux.sendKeys(["F3"])
        #expect(try counter.tmux.waitFor("The last sale's amount, ¥500"), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(try counter.tmux.screen().contains("500_"))
        #expect(!(try Self.sheetShown(counter.tmux)), "F3 shows the amount; it charges nothing")
    }

    @Test(.timeLimit(.minutes(1)))
    func aRefusedDecimalPointInYenRefusesTheDigitsAfterItAndEnter() throws {
        let counter = try Counter(buyerDelay: 120, name: "point")
        defer { counter.stop() }
        try counter.typeSlowly("12.50")
        #expect(try counter.tmux.waitFor("JPY has no decimals: type a whole amount"))
        #expect(try counter.tmux.screen().contains("Backspace takes back the refused keys"))
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Nothing charged"), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(!(try Self.sheetShown(counter.tmux)), "never ¥1,250")
        for _ in 0..<3 {
            try counter.tmux.sendKeys(["BSpace"])
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(try counter.tmux.waitFor { !$0.contains("JPY has no decimals") && $0.contains("12_") })
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Pay ¥12 with"), "screen: \((try? counter.tmux.screen()) ?? "")")
    }

    @Test(.timeLimit(.minutes(1)))
    func anAmountAboveTheDefaultLimitStopsEnterAndAScan() throws {
        let counter = try Counter(buyerDelay: 120, name: "large")
        defer { counter.stop() }
        // Demo mode has no max_sale: the JPY default, ¥500,000, applies.
        try counter.typeSlowly("1500000")
        #expect(try counter.tmux.waitFor("The most one sale can take is ¥500,000"), "screen: \((try? counter.tmux.screen()) ?? "")")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Nothing charged"))
        #expect(!(try Self.sheetShown(counter.tmux)))
        try counter.tmux.sendKeys("134567890123456789".map { String($0) } + ["Enter"])
        #expect(try counter.tmux.waitFor("Code …6789 ignored"), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(!(try counter.tmux.screen()).contains("Buyer code"), "no QuickPay started")
        try counter.tmux.sendKeys(["Escape"])
        // Apart from the burst, or ncurses reads Escape and the first digit as one Alt key.
        Thread.sleep(forTimeInterval: 0.2)
        // Another code: the same one again so soon is taken for a scanner's repeat.
        try counter.tmux.sendKeys("134567890123456788".map { String($0) } + ["Enter"])
        #expect(try counter.tmux.waitFor("Code …6788 scanned with no amount"), "screen: \((try? counter.tmux.screen()) ?? "")")
    }

    @Test(.timeLimit(.minutes(1)))
    func ctrlCDuringAPaymentIsRefusedAndQuitsOtherwise() throws {
        let counter = try Counter(buyerDelay: 120, name: "ctrlc")
        defer { counter.stop() }
        try counter.typeSlowly("300")
        try counter.tmux.sendKeys(["Enter", "Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"))
        try counter.tmux.sendKeys(["C-c"])
        #expect(try counter.tmux.waitFor("Ctrl-C does not quit"), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(try counter.tmux.screen().contains("Waiting for the buyer"), "the payment is still open")
        // Something else writes over the screen; Ctrl-L draws the whole screen again.
        let tty = try counter.tmux.run(["display-message", "-p", "-t", counter.tmux.session, "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try Data("\u{1B}[5;5HSTRAY-LOG-LINE".utf8).write(to: URL(fileURLWithPath: tty))
        #expect(try counter.tmux.waitFor("STRAY-LOG-LINE"))
        try counter.tmux.sendKeys(["C-l"])
        #expect(try counter.tmux.waitFor { !$0.contains("STRAY-LOG-LINE") && $0.contains("Waiting for the buyer") })
        try counter.tmux.sendKeys(["Escape"])
        #expect(try counter.tmux.waitFor("Cancelled"), "screen: \((try? counter.tmux.screen()) ?? "")")
        try counter.tmux.sendKeys(["C-c"])
        #expect(try counter.tmux.waitUntilGone(), "Ctrl-C quits once no payment is open")
    }

    @Test(.timeLimit(.minutes(1)))
    func sigtermDuringAPaymentLeavesItToTheReconcilerAndSaysSo() throws {
        let counter = try Counter(buyerDelay: 120, name: "term")
        defer { counter.stop() }
        try counter.tmux.run(["set-option", "-g", "remain-on-exit", "on"])
        try counter.typeSlowly("300")
        try counter.tmux.sendKeys(["Enter", "Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"))
        let order = try #require(PaymentEndToEndTests.orderNumber(in: try counter.tmux.screen()))
        let pid = try counter.tmux.run(["display-message", "-p", "-t", counter.tmux.session, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Subprocess.run("kill", ["-TERM", pid])
        // The line is longer than the pane: tmux wraps it at 80 columns.
        let unwrapped = { (screen: String) in screen.replacingOccurrences(of: "\n", with: "") }
        #expect(
            try counter.tmux.waitFor { unwrapped($0).contains("stopped by SIGTERM while the payment of ¥300 (order \(order)) was open") },
            "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(unwrapped(try counter.tmux.screen()).contains("the reconciler settles it at the next start"))
    }

    @Test(.timeLimit(.minutes(1)))
    func theDemoBannerIsOnEveryScreen() throws {
        let counter = try Counter(buyerDelay: 2, name: "banner")
        defer { counter.stop() }
        func expectBanner(_ screen: String) throws {
            let first = try counter.tmux.screen().split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.contains(Self.banner), "\(screen): \(first)")
        }
        try expectBanner("amount")
        try counter.tmux.sendKeys(["F1"])
        #expect(try counter.tmux.waitFor("this help"))
        try expectBanner("help")
        try counter.tmux.sendKeys(["Escape"])
        try counter.typeSlowly("800")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Pay ¥800 with"))
        try expectBanner("sheet")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"))
        try expectBanner("qr")
        #expect(try counter.tmux.waitFor("Paid. Hand over the goods."), "screen: \((try? counter.tmux.screen()) ?? "")")
        try expectBanner("result")
        #expect(try counter.tmux.screen().contains("no real money was taken"))
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("New sale"))
        try counter.tmux.sendKeys(["F2"])
        #expect(try counter.tmux.waitFor("¥800"), "screen: \((try? counter.tmux.screen()) ?? "")")
        try expectBanner("history")
        try counter.tmux.sendKeys(["Escape"])
        try counter.typeSlowly("900")
        // A code ending in 3: the sandbox's buyer stays at the PIN, so the QuickPay screen stays.
        try counter.tmux.sendKeys("134567890123456783".map { String($0) } + ["Enter"])
        #expect(try counter.tmux.waitFor("Buyer code"), "screen: \((try? counter.tmux.screen()) ?? "")")
        try expectBanner("quickpay")
    }
}
