import Foundation
import Testing
import TillTesting

/// The counter's background reconciler in the real binary: while `till ui` runs in tmux (its own
/// socket), a payment a script gave up on is paid late by the simulated buyer, and the counter, not
/// a new command, finds it and gives the money back.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct CounterReconcilerTmuxTests {
    @Test(.timeLimit(.minutes(2)))
    func aPaymentPaidAfterTheCashierGaveUpIsRefundedByTheRunningCounter() throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let tmux = Tmux(session: "till-recon-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-recon-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_CONFIG_HOME": "\(home)/config", "XDG_DATA_HOME": "\(home)/data"]
        try tmux.start("env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary)")
        #expect(try tmux.waitFor("New sale"))

        // Given up after 1 s; the buyer pays 5 s after the QR code, once nobody waits any more.
        let pay = try Subprocess.run(
            binary, ["pay", "--gateway", "motp", "--amount", "2100", "--json", "--timeout", "1", "--demo-buyer-delay", "5"],
            environment: environment)
        #expect(pay.status == 3, "\(pay.errorOutput)")
        let result = try #require(pay.output.split(separator: "\n").last)
        let object = try JSONSerialization.jsonObject(with: Data(result.utf8)) as? [String: Any]
        let order = try #require(object?["order"] as? String)

        // The counter's passes: at its start, then 30 s later (nothing was open: the pause doubled).
        var shown = ""
        for _ in 0..<90 {
            shown = try Subprocess.run(binary, ["journal", "show", order], environment: environment).output
            // Until the refund is final: it is journaled `requested` before the gateway is asked.
            if shown.contains("Refund"), !shown.contains("  requested  "), !shown.contains("  pending  ") { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(shown.contains("unconfirmed → succeeded"), "\(shown)")
        #expect(shown.contains("settled by the reconciler"), "\(shown)")
        #expect(shown.contains("2100 JPY  refunded (succeeded)  paid after the cashier gave up"), "\(shown)")

        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")
    }
}
