import Crypto
import Foundation
import Testing
import TillCore
import TillTesting

@testable import Journal

/// `till store serve` over real HTTP on 127.0.0.1: each gateway's webhook signed as its document
/// says, forged, replayed outside TakeMe Pay's 300 s, sent twice, cut short and too large. The
/// signatures are computed here from the documents (HMAC-SHA256 of `t.body`; Pomelo's MD5 of
/// `amount=…&currency=…&apiKey=…` in base64), not with Till's own signing code.
@Suite("The store server's webhooks", .serialized)
struct StoreServerCLITests {
    static let webhookSecret = "wesec_store-test-secret"
    static let pomeloKey = "pomelo-store-api-key"
    static let configuration = """
        [store]
        currency = "JPY"
        [gateways.takemepay]
        base_url = "http://127.0.0.1:9/takemepay"
        public_key = "pk_test_store"
        secret_key = "sk_test_store"
        webhook_secret = "\(webhookSecret)"
        [gateways.tapin]
        mode = "test"
        base_url = "http://127.0.0.1:9/tapin"
        vendor_id = 25467
        ss_code = "store-ss-code"
        webhook_url = "https://shop.example.com/webhooks/tapin"
        [gateways.pomelo]
        mode = "test"
        base_url = "http://127.0.0.1:9/pomelo"
        api_key = "\(pomeloKey)"
        client_id = "store-client"
        """

    /// A running `till store serve` and what it wrote.
    final class Server {
        let home: URL
        let pid: pid_t
        let client: WireClient
        private var status: Int32?

        /// Starts the server with `configPath` (nil: this suite's configuration) and `extra` arguments.
        init(configPath: String? = nil, extra: [String] = []) throws {
            home = TillBinary.temporaryFolder()
            let config = configPath.map(URL.init(fileURLWithPath:)) ?? home.appendingPathComponent("till.toml")
            if configPath == nil { try Data(StoreServerCLITests.configuration.utf8).write(to: config) }
            let output = home.appendingPathComponent("out.txt").path
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            ]
            pid = try Subprocess.start(
                TillBinary.path, ["store", "serve", "--config", config.path, "--port", "0"] + extra, environment: environment,
                output: output, error: home.appendingPathComponent("err.txt").path)
            var port: String?
            for _ in 0..<200 where port == nil {
                port = (try? String(contentsOfFile: output, encoding: .utf8))?.firstMatch(of: /127\.0\.0\.1:([0-9]+)/).map { String($0.1) }
                if port == nil { Thread.sleep(forTimeInterval: 0.05) }
            }
            let errors = (try? String(contentsOfFile: home.appendingPathComponent("err.txt").path, encoding: .utf8)) ?? ""
            guard let port else { throw Subprocess.Failure(description: "the store server did not start: \(errors)") }
            client = WireClient(baseURL: "http://127.0.0.1:\(port)")
        }

        /// Stops the server (once) with SIGTERM; its exit status, or SIGKILL's (137) when it has not
        /// stopped within 5 s.
        @discardableResult
        func stop() -> Int32 {
            if let status { return status }
            let ended = Self.terminate(pid)
            status = ended
            return ended
        }

        /// SIGTERM, then up to 5 s for `pid` to end, then SIGKILL: a test never waits forever.
        static func terminate(_ pid: pid_t) -> Int32 {
            kill(pid, SIGTERM)
            for _ in 0..<100 {
                if let status = Subprocess.poll(pid) { return status }
                Thread.sleep(forTimeInterval: 0.05)
            }
            kill(pid, SIGKILL)
            return Subprocess.wait(pid)
        }

        var journal: JournalStore { get throws { try JournalStore(path: home.appendingPathComponent("data/till/journal.sqlite").path) } }
        var log: String { (try? String(contentsOfFile: home.appendingPathComponent("state/till/till.log").path, encoding: .utf8)) ?? "" }
    }

    static func takeMeEvent(order: String, status: String = "succeeded") -> String {
        #"{"id":"evt_\#(order)","object":"event","type":"charge.updated","data":{"dataObject":{"id":"ch_\#(order)","object":"charge","status":"\#(status)","metadata":{"orderNumber":"\#(order)"}}}}"#
    }

    /// `TakemePay-Signature: t=…,s=…` for `body` at `time`, keyed with `secret`.
    static func takeMeSignature(_ body: String, at time: Int64, secret: String = webhookSecret) -> [String: String] {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(time).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return ["TakemePay-Signature": "t=\(time),s=" + mac.map { String(format: "%02x", $0) }.joined()]
    }

    static func pomeloBody(order: String, amount: Int64 = 2000, key: String = pomeloKey) -> String {
        let digest = Insecure.MD5.hash(data: Data("amount=\(amount)&currency=JPY&apiKey=\(key)".utf8))
        let signature = Data(digest).base64EncodedString()
        return #"{"localId":"\#(order)","transactionId":"5e22e1037ac57f000841efff","state":"AUTHORIZED","created":"2026-12-05T10:42:14.898Z","signature":"\#(signature)","amount":\#(amount),"currency":"JPY","provider":"card"}"#
    }

    static func tapInBody(order: String) -> String {
        #"{"collection_id":1234,"ew_id":"EW88","id_1":"\#(order)","id_2":"\#(order)-2","status":"pay success","notice":"The collection has been pushed successfully","limit_days":1,"merchant_id":77,"merchant_phone":"0912345678","webhook":"https://shop.example.com/webhooks/tapin","pay_money":1500}"#
    }

    var now: Int64 { Int64(Date().timeIntervalSince1970) }

    @Test func eachGatewaysDeliveryIsVerifiedRecordedOnceAndAcknowledgedAsDocumented() async throws {
        let server = try Server()
        defer { server.stop() }
        let client = server.client
        #expect(try await client.send("GET", "/healthz").text == "ok")

        let event = Self.takeMeEvent(order: "T1")
        let signed = try await client.send("POST", "/webhooks/takemepay", headers: Self.takeMeSignature(event, at: now), body: event)
        #expect(signed.status == 200)
        let again = try await client.send("POST", "/webhooks/takemepay", headers: Self.takeMeSignature(event, at: now), body: event)
        #expect(again.status == 200, "a retry is acknowledged")

        let callback = Self.tapInBody(order: "T2")
        for _ in 0..<2 {
            let answer = try await client.send("POST", "/webhooks/tapin", headers: ["Content-Type": "application/json"], body: callback)
            #expect(answer.status == 200 && answer.text == "SUCCESS", "TapIn stops retrying only on the body SUCCESS")
        }
        let pomelo = Self.pomeloBody(order: "T3")
        for _ in 0..<2 {
            #expect(try await client.send("POST", "/webhooks/pomelo", body: pomelo).status == 200)
        }

        let deliveries = try await server.journal.webhookDeliveries()
        #expect(deliveries.map(\.gateway) == [.takemepay, .tapin, .pomelo], "each delivery recorded once")
        #expect(deliveries.map(\.orderNumber) == ["T1", "T2", "T3"])
        #expect(deliveries.map(\.gatewayStatus) == ["succeeded", "pay success", "AUTHORIZED"])
        #expect(server.stop() == 0, "SIGTERM stops the server cleanly")
        let log = server.log
        #expect(log.contains("webhook takemepay order T1") && log.contains("duplicate"))
        #expect(!log.contains(Self.webhookSecret) && !log.contains(Self.pomeloKey), "no secret in the log")
    }

    @Test func forgedReplayedCutAndOversizedDeliveriesAreRefusedAndNotRecorded() async throws {
        let server = try Server()
        defer { server.stop() }
        let client = server.client
        let event = Self.takeMeEvent(order: "T9")
        let refusals: [(String, [String: String], String, Int)] = [
            ("takemepay", Self.takeMeSignature(event, at: now, secret: "wesec_forged"), event, 401),
            // Well outside the 300 s either way: the server's clock reads a moment later than this one.
            ("takemepay", Self.takeMeSignature(event, at: now - 330), event, 401),
            ("takemepay", Self.takeMeSignature(event, at: now + 330), event, 401),
            ("takemepay", [:], event, 401),
            ("takemepay", ["TakemePay-Signature": "t=abc"], event, 401),
            ("takemepay", Self.takeMeSignature(event, at: now), String(event.prefix(40)), 401),
            ("tapin", [:], String(Self.tapInBody(order: "T8").prefix(50)), 400),
            ("tapin", [:], #"{"collection_id":1}"#, 400),
            ("pomelo", [:], Self.pomeloBody(order: "T7", key: "someone-elses-key"), 401),
            ("pomelo", [:], String(Self.pomeloBody(order: "T7").prefix(60)), 400),
        ]
        for (gateway, headers, body, status) in refusals {
            let answer = try await client.send("POST", "/webhooks/\(gateway)", headers: headers, body: body)
            #expect(answer.status == status, "\(gateway) \(headers) \(body.prefix(30)): \(answer.status) \(answer.text)")
            #expect(answer.text != "SUCCESS")
        }
        let large = String(repeating: "a", count: 70_000)
        for gateway in ["takemepay", "tapin", "pomelo"] {
            #expect(try await client.send("POST", "/webhooks/\(gateway)", body: large).status == 413)
        }
        #expect(try await client.send("POST", "/webhooks/motp", body: "{}").status == 404)
        #expect(try await server.journal.webhookDeliveries().isEmpty)
    }

    /// A webhook is a hint: a Pomelo delivery for a payment the cashier gave up on makes the server
    /// ask the gateway (here `till sandbox serve`, whose buyer pays 4 s after the QR code), and the
    /// journal learns the truth from the gateway, not from the delivery.
    @Test(.timeLimit(.minutes(1)))
    func aDeliveryMakesTheServerAskTheGatewayForTheTruth() async throws {
        let folder = TillBinary.temporaryFolder()
        let config = folder.appendingPathComponent("sandbox.toml").path
        let journal = folder.appendingPathComponent("journal.sqlite").path
        let sandbox = Process()
        sandbox.executableURL = TillBinary.url
        sandbox.arguments = ["sandbox", "serve", "--port", "0", "--buyer-delay", "4", "--write-config", config]
        sandbox.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path]
        let banner = Pipe()
        sandbox.standardOutput = banner
        sandbox.standardError = FileHandle.nullDevice
        try sandbox.run()
        defer {
            sandbox.terminate()
            sandbox.waitUntilExit()
        }
        var text = ""
        while !text.contains("Press Ctrl-C") {
            let chunk = banner.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let environment = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        let paid = try TillBinary.run(
            ["pay", "--config", config, "--journal", journal, "--gateway", "pomelo", "--amount", "1200", "--json", "--timeout", "1"],
            environment: environment)
        let order = try #require(paid.stdout.firstMatch(of: /"order":"(T[0-9A-Z]+)"/).map { String($0.1) }, "\(paid.stdout) \(paid.stderr)")
        #expect(!paid.stdout.contains("\"state\":\"succeeded\""), "the cashier gave up before the buyer paid")

        let written = try String(contentsOfFile: config, encoding: .utf8)
        let pomelo = try #require(written.range(of: "[gateways.pomelo]").map { String(written[$0.upperBound...]) })
        let apiKey = try #require(pomelo.firstMatch(of: /api_key = "([^"]+)"/).map { String($0.1) })
        let server = try Server(configPath: config, extra: ["--journal", journal])
        defer { server.stop() }
        let client = server.client
        try await Task.sleep(for: .seconds(4))  // the buyer pays
        let body = Self.pomeloBody(order: order, amount: 1200, key: apiKey)
        #expect(try await client.send("POST", "/webhooks/pomelo", body: body).status == 200)
        var shown = ""
        for _ in 0..<100 where !shown.contains("succeeded") {
            try await Task.sleep(for: .milliseconds(100))
            shown = try TillBinary.run(["journal", "show", order, "--journal", journal], environment: environment).stdout
        }
        #expect(shown.contains("succeeded"), "the gateway's answer settled it: \(shown)")
    }
}
