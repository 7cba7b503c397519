import Foundation
import Testing
import TillTesting

/// The real binary in demo mode: a sale paid with `till pay`, then refunded from the history screen
/// of `till` in tmux, then the refund read back with `till journal show`.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct HistoryEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func aSalePaidWithTillPayIsRefundedFromTheHistoryScreen() throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_CONFIG_HOME": "\(home)/config", "XDG_DATA_HOME": "\(home)/data"]
        let paid = try Subprocess.run(
            binary, ["pay", "--gateway", "motp", "--amount", "1500", "--json", "--timeout", "10", "--demo-buyer-delay", "0"],
            environment: environment)
        try #require(paid.status == 0, "till pay failed: \(paid.errorOutput)")
        let order = try #require(
            paid.output.firstMatch(of: /"order":"(T[0-9A-Z]+)"/).map { String($0.1) }, "no order in \(paid.output)")

        let tmux = Tmux(session: "till-hist-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start(
            "env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary)")
        #expect(try tmux.waitFor("New sale"))
        #expect(try tmux.waitFor("Tester #1"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["F2"])
        #expect(try tmux.waitFor("¥1,500"), "screen: \((try? tmux.screen()) ?? "?")")
        let list = try tmux.screen()
        #expect(list.contains("Today's sales"))
        #expect(list.contains("WeChat Pay"))
        #expect(list.contains("MOTP"))
        #expect(list.contains("paid"))

        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor(order), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.waitFor("waiting → paid"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["r"])
        #expect(try tmux.waitFor("Left to refund ¥1,500"))
        #expect(try tmux.screen().contains("1500_"))
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("Give ¥1,500 back to the buyer?"))
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("Refunded ¥1,500 of order \(order)"), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.waitFor("refunded ¥1,500"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")

        let shown = try Subprocess.run(binary, ["journal", "show", order], environment: environment)
        #expect(shown.status == 0, "\(shown.errorOutput)")
        #expect(shown.output.contains("Refund     R\(order.dropFirst())-1  1500 JPY  refunded (succeeded)  refunded at the counter"), "journal: \(shown.output)")
    }
}
