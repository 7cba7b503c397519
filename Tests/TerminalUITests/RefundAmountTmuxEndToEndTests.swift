import Foundation
import Testing
import TillTesting

/// A refund above what is left, on the real binary: refused with a message, never shortened.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct RefundAmountTmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func aRefundAboveWhatIsLeftIsRefusedNotShortened() throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_CONFIG_HOME": "\(home)/config", "XDG_DATA_HOME": "\(home)/data"]
        let paid = try Subprocess.run(
            binary, ["pay", "--gateway", "motp", "--amount", "1200", "--json", "--timeout", "10", "--demo-buyer-delay", "0"],
            environment: environment)
        try #require(paid.status == 0, "till pay failed: \(paid.errorOutput)")
        let tmux = Tmux(session: "till-refund-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start("env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary)")
        #expect(try tmux.waitFor("New sale"))
        try tmux.sendKeys(["F2"])
        #expect(try tmux.waitFor("¥1,200"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.sendKeys(["r"])
        #expect(try tmux.waitFor("Left to refund ¥1,200"))
        // What is left comes selected: the cashier types over it, no Backspace first.
        #expect(try tmux.screen().contains("Enter takes all that is left"))
        for key in "5000" {
            try tmux.sendKeys([String(key)])
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(try tmux.waitFor("Only ¥1,200 is left to refund of this payment"), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.screen().contains("5000_"))
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("Nothing refunded"), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.screen().contains("Backspace takes back the refused keys"))
        #expect(!(try tmux.screen()).contains("Give ¥500 back"), "never shortened to ¥500")
        try tmux.sendKeys(["Escape"])
        #expect(try tmux.waitFor("Refund cancelled"))
        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone())
    }
}
