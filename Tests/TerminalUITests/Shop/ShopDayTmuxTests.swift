import Foundation
import Testing
import TillTesting

@testable import Journal

/// The shop's day at the counter, on the real binary in tmux, in demo mode, with a network printer
/// on 127.0.0.1 and a manager PIN: the shift prompt at start, a cash sale with its change and
/// receipt (printed, the drawer kicked, its QR code decoded from the screen), the X report, a QR
/// sale's receipt, a reprint from the history that the manager approves, the history over days.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct ShopDayTmuxTests {
    @Test(.timeLimit(.minutes(2)))
    func aCashiersDayAtTheCounter() async throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-shop-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let printer = try LoopbackPrinter()
        try FileManager.default.createDirectory(atPath: "\(home)/config/till", withIntermediateDirectories: true)
        try Data("[printer]\nhost = \"127.0.0.1:\(printer.port)\"\nwidth = 80\n".utf8)
            .write(to: URL(fileURLWithPath: "\(home)/config/till/till.toml"))
        let environment = ["XDG_CONFIG_HOME": "\(home)/config", "XDG_DATA_HOME": "\(home)/data"]
        let pin = try TillBinary.run(["config", "set-pin"], environment: environment, stdin: "2468\n")
        try #require(pin.status == 0, "set-pin: \(pin.stderr)")

        let tmux = Tmux(session: "till-shop-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start(
            "env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary) --demo-buyer-delay 1",
            cashier: nil)
        func screen() -> String { (try? tmux.screen()) ?? "?" }
        #expect(try tmux.waitFor("No shift is open"), "screen: \(screen())")
        try tmux.sendKeys(["-l", "Aiko"])
        try tmux.sendKeys(["Enter"])
        try tmux.sendKeys(["-l", "3000"])
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("Aiko #1"), "screen: \(screen())")
        #expect(try tmux.waitFor("Shift 1 opened for Aiko with a float of ¥3,000"), "screen: \(screen())")

        // Cash: the last row of the sheet; ¥2,000 given for ¥1,200.
        try type("1200", then: "Enter", in: tmux)
        #expect(try tmux.waitFor("Cash"), "screen: \(screen())")
        try tmux.sendKeys(["Up"])
        #expect(try tmux.waitFor("Take ¥1,200 in cash"), "screen: \(screen())")
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("nothing typed: exactly ¥1,200"), "screen: \(screen())")
        try type("2000", then: "Enter", in: tmux)
        #expect(try tmux.waitFor("Give back ¥800; the drawer is open"), "screen: \(screen())")
        #expect(try tmux.waitFor("Receipt No. 1"), "screen: \(screen())")
        #expect(printer.printed("RECEIPT 1"))
        #expect(printer.received.last?.contains([0x1B, 0x70]) == true, "the drawer is kicked open")

        // The receipt on screen; at its end the QR code of the order number, which decodes.
        try tmux.sendKeys(["r"])
        #expect(try tmux.waitFor("RECEIPT 1"), "screen: \(screen())")
        let order = try #require(screen().firstMatch(of: /Order +(T[0-9A-Z]+)/).map { String($0.1) })
        try tmux.sendKeys(["NPage"])  // tmux's End is not xterm's: Page Down is the same in both
        #expect(try tmux.waitForAbsence(of: "RECEIPT 1"), "screen: \(screen())")
        if ZBar.path != nil {
            let pane = screen()
            // The capture has no colours: the code reads one way round or the other.
            let decoded = try [false, true].map { try ZBar.decode(PaneImage.qrImage(from: pane, inkIsLight: $0).data, fileExtension: "pgm") }
            #expect(decoded.contains(order), "screen: \(pane)")
        }
        try tmux.sendKeys(["Escape"])
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("New sale"), "screen: \(screen())")

        // The X report: float and the cash sale.
        try tmux.sendKeys(["F4"])
        #expect(try tmux.waitFor("Cash expected in the drawer: ¥4,200"), "screen: \(screen())")
        try tmux.sendKeys(["Escape"])

        // A QR sale the demo buyer pays: its receipt is printed and named on the result.
        try type("500", then: "Enter", in: tmux)
        try tmux.sendKeys(["1"])  // the sheet keeps the last choice, cash: the first QR choice
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("· Receipt No. 2"), "screen: \(screen())")
        #expect(printer.printed("RECEIPT 2"))
        let printedBefore = printer.received.count
        try tmux.sendKeys(["Enter"])

        // A reprint from the history needs the manager; the PIN never shows.
        try tmux.sendKeys(["F2"])
        #expect(try tmux.waitFor("¥500"), "screen: \(screen())")
        try tmux.sendKeys(["p"])
        #expect(try tmux.waitFor("RECEIPT 2"), "screen: \(screen())")
        try tmux.sendKeys(["p"])
        #expect(try tmux.waitFor("Manager approval"), "screen: \(screen())")
        try type("Mia", then: "Enter", in: tmux)
        try type("1111", then: "Enter", in: tmux)
        #expect(try tmux.waitFor("not the manager's"), "screen: \(screen())")
        try type("2468", then: "", in: tmux)
        #expect(try tmux.waitFor("••••"), "screen: \(screen())")
        #expect(!screen().contains("2468"))
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("Receipt 2 printed"), "screen: \(screen())")
        #expect(printer.received.count == printedBefore + 1)
        try tmux.sendKeys(["Escape"])

        // The history over days: yesterday is empty, a search by receipt number finds the sale.
        try tmux.sendKeys(["Left"])
        #expect(try tmux.waitFor("No payments on this day"), "screen: \(screen())")
        try tmux.sendKeys(["Right"])
        #expect(try tmux.waitFor("¥500"), "screen: \(screen())")
        try tmux.sendKeys(["/"])
        try type("#2", then: "Enter", in: tmux)
        #expect(try tmux.waitFor("Search: #2"), "screen: \(screen())")
        #expect(try tmux.waitFor("¥500"), "screen: \(screen())")
        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")

        let journal = try JournalStore(path: "\(home)/data/till/journal.sqlite")
        let approvals = try await journal.approvals(of: "receipt 2")
        #expect(approvals.map(\.manager) == ["Mia"])
        let x = try TillBinary.run(["report", "x", "--json"], environment: environment)
        #expect(x.stdout.contains("\"count\":2") && x.stdout.contains("\"expected\":\"4200\""), "\(x.stdout)")
    }

    /// Types `text` literally, then presses `key` (none when empty).
    private func type(_ text: String, then key: String, in tmux: Tmux) throws {
        try tmux.sendKeys(["-l", text])
        if !key.isEmpty { try tmux.sendKeys([key]) }
    }
}
