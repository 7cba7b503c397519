import Foundation
import Testing
import TillTesting

/// A lane without TakeMe Pay's secret key, through the real binaries over real HTTP: `till sandbox
/// serve` is TakeMe Pay (its published test keys), `till store serve` holds the secret key and the
/// lane's token, and the lane's `till pay` and `till refund` hold the public key, the store server's
/// address and the token. The sale and the refund must go through, each money-moving call reaching
/// TakeMe Pay once (the sandbox's request log says so), the journal agreeing; a wrong token must be
/// refused with a sentence that says what to do, before any source exists; and no secret may appear
/// in what the lane prints or logs.
@Suite("A lane without the secret key, through the store server", .serialized)
struct StoreRelayCLITests {
    static let token = "0f3c9a7e5b1d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468"
    static let wrongToken = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"

    /// The sandbox's TakeMe Pay account, as `till sandbox serve --write-config` wrote it.
    struct Account {
        let baseURL: String
        let publicKey: String
        let secretKey: String

        init(_ config: String) throws {
            let written = try String(contentsOfFile: config, encoding: .utf8)
            let section = try #require(written.range(of: "[gateways.takemepay]").map { String(written[$0.upperBound...]) })
            func value(_ key: String) throws -> String {
                try #require(section.firstMatch(of: try Regex("\(key) = \"([^\"]+)\"")).flatMap { $0.output[1].substring.map(String.init) })
            }
            baseURL = try value("base_url")
            publicKey = try value("public_key")
            secretKey = try value("secret_key")
        }
    }

    /// A lane: its own folder, journal and log, the public key only.
    struct Lane {
        let folder = TillBinary.temporaryFolder()
        let config: String
        var journal: String { folder.appendingPathComponent("journal.sqlite").path }
        var log: String {
            (try? String(contentsOfFile: folder.appendingPathComponent("state/till/till.log").path, encoding: .utf8)) ?? ""
        }

        init(account: Account, server: String, token: String) throws {
            config = folder.appendingPathComponent("lane.toml").path
            try Self.write(account: account, server: server, token: token, to: config)
        }

        static func write(account: Account, server: String, token: String, to config: String) throws {
            let text = """
                [store]
                currency = "JPY"
                server = "\(server)"
                token = "\(token)"
                [gateways.takemepay]
                base_url = "\(account.baseURL)"
                public_key = "\(account.publicKey)"
                [lane]
                id = "counter-1"
                """
            try Data(text.utf8).write(to: URL(fileURLWithPath: config))
        }

        /// Runs `till` as this lane, with its configuration or `other`.
        func till(_ arguments: [String], config other: String? = nil) throws -> TillBinary.Result {
            try TillBinary.run(
                arguments + ["--config", other ?? config, "--journal", journal],
                environment: [
                    "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
                    "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                ])
        }
    }

    /// The store server's configuration: both keys, and the lane's token.
    static func storeConfig(_ account: Account) throws -> String {
        let path = TillBinary.temporaryFolder().appendingPathComponent("store.toml").path
        let text = """
            [store]
            currency = "JPY"
            [gateways.takemepay]
            base_url = "\(account.baseURL)"
            public_key = "\(account.publicKey)"
            secret_key = "\(account.secretKey)"
            [store.lanes]
            counter-1 = "\(token)"
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// With no fault, and with TakeMe Pay carrying out the charge and then dropping the store server's
    /// connection (the lane must look the charge up through the store server, never charge twice).
    @Test(.timeLimit(.minutes(2)), arguments: [[], ["takemepay/charges:dropafter=1"]])
    func aLaneWithoutTheSecretKeySellsAndRefundsThroughTheStoreServer(faults: [String]) throws {
        let sandbox = try UnsettledAnswerCLITests.Server(faults: faults)
        let account = try Account(sandbox.config)
        let store = try StoreServerCLITests.Server(configPath: try Self.storeConfig(account))
        defer { store.stop() }
        let lane = try Lane(account: account, server: store.client.baseURL, token: Self.token)

        let pay = try lane.till(["pay", "--gateway", "takemepay", "--amount", "1500", "--json", "--timeout", "20"])
        let result = try #require(
            UnsettledAnswerCLITests.jsonLines(pay.stdout).last { $0["event"] as? String == "result" }, "\(pay.stdout)\n\(pay.stderr)")
        let order = try #require(result["order"] as? String)
        #expect(result["state"] as? String == "succeeded", "\(pay.stdout)\n\(pay.stderr)")
        #expect(pay.status == 0)

        // The same counter with a wrong token: the refund is refused, said plainly, and nothing is sent.
        let wrong = lane.folder.appendingPathComponent("wrong.toml").path
        try Lane.write(account: account, server: store.client.baseURL, token: Self.wrongToken, to: wrong)
        let refused = try lane.till(["refund", order], config: wrong)
        #expect(refused.status != 0, "\(refused.stdout)\n\(refused.stderr)")
        #expect(refused.stderr.contains("The store server refused this counter's token"), "\(refused.stdout)\n\(refused.stderr)")

        let refund = try lane.till(["refund", order])
        #expect(refund.status == 0, "\(refund.stdout)\n\(refund.stderr)")
        #expect(refund.stdout.contains("Refunded"), "\(refund.stdout)")

        let calls = try sandbox.processedMoneyCalls(order: order).compactMap { $0["call"] as? String }
        #expect(calls.sorted() == ["charges", "refunds", "sources"], "each money-moving call reached TakeMe Pay once: \(calls)")
        let shown = try lane.till(["journal", "show", order])
        #expect(shown.stdout.contains("refunded"), "the lane's journal agrees: \(shown.stdout)\n\(shown.stderr)")

        #expect(store.stop() == 0)
        let storeLog = store.log
        #expect(storeLog.contains("relay takemepay POST /charges for counter-1"), "\(storeLog)")
        #expect(storeLog.contains("relay takemepay POST /refunds for counter-1: HTTP 2"), "\(storeLog)")
        if !faults.isEmpty { #expect(storeLog.contains("answer-lost"), "\(storeLog)") }
        for text in [pay.stdout, pay.stderr, refused.stderr, refund.stdout, refund.stderr, lane.log, storeLog] {
            #expect(!text.contains(account.secretKey), "no secret key anywhere")
            #expect(!text.contains(Self.token), "no token anywhere")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aWrongTokenIsRefusedWithWhatToDoBeforeAnySourceExists() throws {
        let sandbox = try UnsettledAnswerCLITests.Server(faults: [])
        let account = try Account(sandbox.config)
        let store = try StoreServerCLITests.Server(configPath: try Self.storeConfig(account))
        defer { store.stop() }
        let lane = try Lane(account: account, server: store.client.baseURL, token: Self.wrongToken)

        let pay = try lane.till(["pay", "--gateway", "takemepay", "--amount", "1500", "--timeout", "5"])
        #expect(pay.status == 1, "failed, nothing charged: \(pay.stdout)\n\(pay.stderr)")
        #expect(pay.stderr.contains("The store server refused this counter's token"), "\(pay.stderr)")
        #expect(pay.stderr.contains("Check [store] token"), "\(pay.stderr)")
        #expect(pay.stderr.contains("nothing was charged"), "\(pay.stderr)")
        let japanese = try lane.till(["pay", "--gateway", "takemepay", "--amount", "1500", "--timeout", "5", "--lang", "ja"])
        #expect(japanese.stderr.contains("ストアサーバーがこのレジのトークンを拒否したため"), "\(japanese.stderr)")

        let requests = try sandbox.requests()
        #expect(!requests.contains { ($0["path"] as? String)?.contains("/takemepay/") == true }, "TakeMe Pay never heard of it: \(requests)")
        #expect(store.stop() == 0)
        let storeLog = store.log
        #expect(storeLog.contains("relay refused check"), "\(storeLog)")
        for text in [pay.stdout, pay.stderr, japanese.stderr, lane.log, storeLog] {
            #expect(!text.contains(Self.wrongToken) && !text.contains(Self.token) && !text.contains(account.secretKey))
        }
    }

    /// The store server itself refuses every call that comes without a lane's token, and every call a
    /// lane may not make, before anything reaches TakeMe Pay.
    @Test(.timeLimit(.minutes(1)))
    func theStoreServerRefusesWhatALaneMayNotAsk() async throws {
        let sandbox = try UnsettledAnswerCLITests.Server(faults: [])
        let account = try Account(sandbox.config)
        let store = try StoreServerCLITests.Server(configPath: try Self.storeConfig(account))
        defer { store.stop() }
        let client = store.client
        let charge = #"{"amount":1500,"currency":"JPY","sourceId":"src_x"}"#
        let refusals: [(String, String, [String: String], Int, String)] = [
            ("POST", "/relay/takemepay/charges", [:], 401, "refused-token"),
            ("POST", "/relay/takemepay/charges", ["Authorization": "Bearer \(Self.wrongToken)"], 401, "refused-token"),
            ("POST", "/relay/takemepay/charges", ["Authorization": Self.token], 401, "refused-token"),
            ("GET", "/relay/check", ["Authorization": "Bearer \(Self.wrongToken)"], 401, "refused-token"),
            ("POST", "/relay/takemepay/webhooks", ["Authorization": "Bearer \(Self.token)"], 403, "refused-call"),
            ("GET", "/relay/takemepay/webhooks", ["Authorization": "Bearer \(Self.token)"], 403, "refused-call"),
            ("POST", "/relay/takemepay/sources", ["Authorization": "Bearer \(Self.token)"], 403, "refused-call"),
            ("GET", "/relay/takemepay/charges/..%2Fwebhooks", ["Authorization": "Bearer \(Self.token)"], 403, "refused-call"),
        ]
        for (method, path, headers, status, verdict) in refusals {
            let answer = try await client.send(method, path, headers: headers, body: method == "POST" ? charge : nil)
            #expect(answer.status == status, "\(method) \(path): \(answer.status) \(answer.text)")
            #expect(answer.headers["till-relay"] == verdict, "\(method) \(path)")
            #expect(!answer.text.contains(account.secretKey) && !answer.text.contains(Self.token))
        }
        let ready = try await client.send("GET", "/relay/check", headers: ["Authorization": "Bearer \(Self.token)"])
        #expect(ready.status == 200 && ready.headers["till-relay"] == "ready")
        let requests = try sandbox.requests()
        #expect(requests.isEmpty, "nothing reached TakeMe Pay: \(requests)")
    }
}
