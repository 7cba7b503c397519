import Foundation
import Testing
import TillTesting

/// The payment screens of the real `till` binary in demo mode (no configuration: every gateway on
/// the in-process sandbox), in tmux. The QR code is read back from the pane and decoded by zbarimg.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct PaymentEndToEndTests {
    /// A till started in a fresh home, with its own tmux server.
    struct Counter {
        let tmux: Tmux
        let home: String

        init(buyerDelay: Int, name: String) throws {
            let binary = TillBinary.path
            try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
            tmux = Tmux(session: "till-pay-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
            home = FileManager.default.temporaryDirectory.appendingPathComponent("till-pay-\(UUID().uuidString)").path
            try tmux.start(
                "env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary)"
                    + " --theme takemepay --store-name 'E2E Store' --demo-buyer-delay \(buyerDelay)")
            #expect(try tmux.waitFor("New sale"))
        }

        func stop() {
            tmux.kill()
            try? FileManager.default.removeItem(atPath: home)
        }

        /// Types one key at a time, slower than any scanner.
        func typeSlowly(_ text: String) throws {
            for character in text {
                try tmux.sendKeys([String(character)])
                Thread.sleep(forTimeInterval: 0.1)
            }
        }

        /// The QR code now on screen, decoded. A capture can catch the screen half drawn, so it is
        /// read again a few times before giving up.
        func decodeQR() throws -> String {
            var pane = ""
            for _ in 0..<5 {
                pane = try tmux.screen()
                for inkIsLight in [false, true] {
                    let text = try ZBar.decode(PaneImage.qrImage(from: pane, inkIsLight: inkIsLight).data, fileExtension: "pgm")
                    if !text.isEmpty { return text }
                }
                Thread.sleep(forTimeInterval: 0.2)
            }
            Issue.record("zbarimg read no code from the pane:\n\(pane)")
            return ""
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aQRSaleIsDecodedFromThePaneAndPaid() throws {
        let counter = try Counter(buyerDelay: 4, name: "qr")
        defer { counter.stop() }
        try counter.typeSlowly("1200")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Pay ¥1,200 with"))
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"))
        let payload = try counter.decodeQR()
        #expect(payload.hasPrefix("weixin://"), "decoded: \(payload)")
        let order = try #require(Self.orderNumber(in: try counter.tmux.screen()))
        #expect(try counter.tmux.waitFor("Paid. Hand over the goods."), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(try counter.tmux.screen().contains(order))
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("New sale"))
        try counter.tmux.sendKeys(["F10"])
        #expect(try counter.tmux.waitUntilGone())
        // The journal has the order, paid; the gateway (the demo sandbox, whose state is written
        // when till stops) created exactly this payload for that order.
        let shown = try Subprocess.run(
            TillBinary.path, ["journal", "show", order],
            environment: ["XDG_DATA_HOME": counter.home + "/data", "XDG_CONFIG_HOME": counter.home + "/config"])
        #expect(shown.output.contains("State      paid (succeeded)"), "journal: \(shown.output)")
        let state = try Data(contentsOf: URL(fileURLWithPath: counter.home + "/data/till/demo-sandbox.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: state) as? [String: Any])
        let sources = ((json["takeMePay"] as? [String: Any])?["sources"] as? [String: Any] ?? [:]).values
        let source = try #require(
            sources.compactMap { $0 as? [String: Any] }.first { ($0["metadata"] as? String)?.contains(order) == true },
            "no TakeMe Pay source for \(order)")
        #expect(source["qrCode"] as? String == payload)
    }

    @Test(.timeLimit(.minutes(1)))
    func aScannerBurstStartsQuickPayAndSlowDigitsGoIntoTheAmount() throws {
        let counter = try Counter(buyerDelay: 1, name: "quick")
        defer { counter.stop() }
        // Slowly: a person typing; above the sale limit (demo mode: the JPY default) each key is refused.
        try counter.typeSlowly("134567890123456789")
        #expect(try counter.tmux.waitFor("The most one sale can take is ¥500,000"), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(try counter.tmux.screen().contains("134567890123456789_"), "shown, the refused keys marked")
        #expect(!(try counter.tmux.screen()).contains("QuickPay"))
        try counter.tmux.sendKeys(["Escape"])
        try counter.typeSlowly("980")
        #expect(try counter.tmux.waitFor("980_"))
        // At once: a scanner. The sandbox's buyer behind a code ending in 1 confirms with a PIN first.
        try counter.tmux.sendKeys("134567890123456781".map { String($0) } + ["Enter"])
        #expect(try counter.tmux.waitFor("Buyer is entering PIN"), "screen: \((try? counter.tmux.screen()) ?? "")")
        let screen = try counter.tmux.screen()
        #expect(screen.contains("1345••••••••••6781"))
        #expect(!screen.contains("134567890123456781"), "the code is never shown whole")
        #expect(try counter.tmux.waitFor("Paid. Hand over the goods."), "screen: \((try? counter.tmux.screen()) ?? "")")
        #expect(try counter.tmux.screen().contains("¥980"))
    }

    @Test(.timeLimit(.minutes(1)))
    func resizeRefitsTheQRCodeAndEscapeCancels() throws {
        let counter = try Counter(buyerDelay: 120, name: "resize")
        defer { counter.stop() }
        try counter.typeSlowly("500")
        try counter.tmux.sendKeys(["Enter", "Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"))
        let payload = try counter.decodeQR()
        try counter.tmux.run(["resize-window", "-t", counter.tmux.session, "-x", "60", "-y", "20"])
        #expect(try counter.tmux.waitFor { $0.split(separator: "\n").count <= 20 && $0.contains("Waiting for the buyer") })
        #expect(try counter.decodeQR() == payload, "the refitted code reads the same")
        try counter.tmux.sendKeys(["F10"])
        #expect(try counter.tmux.waitFor("cancel it first"))
        try counter.tmux.run(["resize-window", "-t", counter.tmux.session, "-x", "80", "-y", "24"])
        try counter.tmux.sendKeys(["Escape"])
        #expect(try counter.tmux.waitFor("Cancelled"), "screen: \((try? counter.tmux.screen()) ?? "")")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("New sale"))
        try counter.tmux.sendKeys(["7"])
        #expect(try counter.tmux.waitFor("7_"), "a cancelled sale's amount does not stay")
        #expect(!(try counter.tmux.screen()).contains("5007"))
    }

    /// The order number, shown on the line under "Order".
    static func orderNumber(in screen: String) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.hasSuffix(" Order") }), index + 1 < lines.count else { return nil }
        return lines[index + 1].split(separator: " ").last.map(String.init)
    }
}

extension Tmux {
    /// Polls the screen until `condition` holds, for up to 10 s.
    func waitFor(_ condition: (String) -> Bool) throws -> Bool {
        for _ in 0..<200 {
            if condition(try screen()) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
