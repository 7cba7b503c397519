import Foundation
import Testing
import TillTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A Pomelo QR sale in the real `till` binary in demo mode, in tmux: the QR read back from the pane
/// carries the same text as the PNG the sandbox serves at the transaction's `qrCode.url`, read by
/// zbarimg. The PNG is fetched afterwards from `till sandbox serve` over the demo's state file.
/// (The name matches scripts/test's "PaymentEndToEndTests", so it runs with the other binary tests.)
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct PomeloPaymentEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func thePaneShowsTheTextOfTheSandboxPNG() async throws {
        let counter = try PaymentEndToEndTests.Counter(buyerDelay: 4, name: "pomelo")
        defer { counter.stop() }
        try counter.typeSlowly("1200")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("Pay ¥1,200 with"))
        let choice = try #require(Self.choiceNumber(through: "Pomelo", in: try counter.tmux.screen()), "no Pomelo choice")
        try counter.tmux.sendKeys([choice, "Enter"])
        #expect(try counter.tmux.waitFor("Waiting for the buyer"), "screen: \((try? counter.tmux.screen()) ?? "")")
        let payload = try counter.decodeQR()
        let order = try #require(PaymentEndToEndTests.orderNumber(in: try counter.tmux.screen()))
        #expect(try counter.tmux.waitFor("Paid. Hand over the goods."), "screen: \((try? counter.tmux.screen()) ?? "")")
        try counter.tmux.sendKeys(["Enter"])
        #expect(try counter.tmux.waitFor("New sale"))
        try counter.tmux.sendKeys(["F10"])
        #expect(try counter.tmux.waitUntilGone())

        let stateFile = counter.home + "/data/till/demo-sandbox.json"
        let id = try Self.pomeloTransaction(localID: order, stateFile: stateFile)
        let png = try await Self.servedPNG(id: id, stateFile: stateFile, counter: counter)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(payload == (try ZBar.decode(png, fileExtension: "png")))
        #expect(payload == "https://pay.pomelopay.com/checkout/\(id)")
    }

    /// The number before the choice whose line ends "through <gateway>".
    static func choiceNumber(through gateway: String, in screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("through \(gateway)") }) else { return nil }
        return line.first(where: \.isNumber).map(String.init)
    }

    /// The id of the Pomelo transaction whose `localID` is `order`, from the sandbox state file.
    static func pomeloTransaction(localID order: String, stateFile: String) throws -> String {
        let state = try Data(contentsOf: URL(fileURLWithPath: stateFile))
        let json = try #require(try JSONSerialization.jsonObject(with: state) as? [String: Any])
        let transactions = ((json["pomelo"] as? [String: Any])?["transactions"] as? [String: Any] ?? [:]).values
        let found = transactions.compactMap { $0 as? [String: Any] }.first { $0["localID"] as? String == order }
        return try #require(found?["id"] as? String, "no Pomelo transaction for \(order) in \(String(decoding: state, as: UTF8.self))")
    }

    /// `GET /pomelo/public/qr/<id>/code.png` from `till sandbox serve` on the same state file.
    static func servedPNG(id: String, stateFile: String, counter: PaymentEndToEndTests.Counter) async throws -> Data {
        let binary = TillBinary.path
        let config = counter.home + "/sandbox.toml"
        try counter.tmux.run([
            "new-session", "-d", "-s", "sandbox",
            "\(binary) sandbox serve --port 0 --currency JPY --manual-buyer --state \(stateFile) --write-config \(config)",
        ])
        var server: String?
        for _ in 0..<200 where server == nil {
            if let text = try? String(contentsOfFile: config, encoding: .utf8),
                let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression)
            {
                server = String(text[range])
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        let base = try #require(server, "till sandbox serve wrote no configuration")
        let url = try #require(URL(string: "\(base)/pomelo/public/qr/\(id)/code.png"))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type") == "image/png")
        return data
    }
}
