import Foundation
import Journal
import Testing
import TillCore
import TillTesting

/// The real binary in demo mode, in tmux: a late payment flagged for the manager counts on the
/// badge, is marked as handled from the history with a note, stops counting, and `till journal
/// show` names who handled it.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct HandledTmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func aFlaggedSaleIsMarkedAsHandledFromTheHistory() async throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let order = MerchantOrderNumber(rawValue: "T20261204000000FLAGGD")
        let journal = try JournalStore(path: "\(home)/data/till/journal.sqlite")
        let yen = Currency(code: "JPY")!
        let sale = try await journal.createSale(amount: Money(minorUnits: 980, currency: yen), description: nil, at: Date())
        try await journal.recordAttempt(PaymentAttempt(
            orderNumber: order, saleID: sale.id, gateway: .tapin, brand: .tapinLink, kind: .qr, amount: sale.amount,
            createdAt: Date()))
        try await journal.move(order, to: .succeeded, at: Date())
        try await journal.flag(order, attention: "Paid after the cashier gave up. Hand over the goods.", at: Date())

        let tmux = Tmux(session: "till-handled-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start("env TERM=xterm-256color USER=tester XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary)")
        #expect(try tmux.waitFor("! 1 to handle — F2"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["F2"])
        #expect(try tmux.waitFor("TapIn Pay"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["h"])
        #expect(try tmux.waitFor("Mark as handled"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["-l", "Goods handed over"])
        #expect(try tmux.waitFor("Goods handed over_"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("is marked as handled"), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.waitForAbsence(of: "to handle"), "the count went to none: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.screen().contains("✓"))
        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")

        let shown = try Subprocess.run(binary, ["journal", "show", order.rawValue, "--journal", "\(home)/data/till/journal.sqlite"])
        #expect(shown.status == 0, "\(shown.errorOutput)")
        #expect(shown.output.contains("by tester: Goods handed over"), "journal: \(shown.output)")
    }
}
