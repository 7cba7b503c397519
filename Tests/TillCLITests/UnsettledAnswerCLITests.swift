import Foundation
import Testing
import TillTesting

/// `till pay` and `till refund` against `till sandbox serve` whose money-moving calls are carried out
/// and then answered with a 500, a `SYSTEMERROR` or nothing at all: the journal must end in the
/// gateway's true state, the command never exits 1 for a paid sale, and each money-moving request
/// reaches the gateway exactly once (the sandbox's request log says so).
@Suite("Unsettled answers through the real binary", .serialized)
struct UnsettledAnswerCLITests {
    /// One running `till sandbox serve` with faults, and the configuration it wrote.
    final class Server {
        let process = Process()
        let folder = TillBinary.temporaryFolder()
        let config: String
        let journal: String
        var url = ""

        init(faults: [String]) throws {
            config = folder.appendingPathComponent("till.toml").path
            journal = folder.appendingPathComponent("journal.sqlite").path
            process.executableURL = TillBinary.url
            process.arguments =
                ["sandbox", "serve", "--port", "0", "--write-config", config, "--buyer-delay", "0"]
                + faults.flatMap { ["--fault", $0] }
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var banner = ""
            while !banner.contains("Press Ctrl-C") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                banner += String(decoding: chunk, as: UTF8.self)
            }
            let line = banner.split(separator: "\n").first { $0.contains("listening on ") }
            url = line.map { String($0.split(separator: " ").last ?? "") } ?? ""
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }

        func till(_ arguments: [String]) throws -> TillBinary.Result {
            try TillBinary.run(
                arguments + ["--config", config, "--journal", journal],
                environment: ["XDG_DATA_HOME": folder.appendingPathComponent("data").path])
        }

        /// The request log's records for `order` that carried a money-moving call and were processed.
        func processedMoneyCalls(order: String) throws -> [[String: Any]] {
            try requests().filter { record in
                (record["order"] as? String) == order && record["call"] is String && (record["processed"] as? Bool) == true
            }
        }

        /// Every record of the sandbox's request log.
        func requests() throws -> [[String: Any]] {
            let fetch = Process()
            fetch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            fetch.arguments = ["python3", "-c", "import sys,urllib.request;sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())",
                               "\(url)/__sandbox/requests"]
            let out = Pipe()
            fetch.standardOutput = out
            try fetch.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            fetch.waitUntilExit()
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return json?["requests"] as? [[String: Any]] ?? []
        }
    }

    static func jsonLines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// Every gateway's create (and TakeMe Pay's charge) carried out, then answered without settling it.
    @Test(arguments: [
        ("motp", "motp/quick-pay:500after=1", ["--scan", "134567890123456780"]),
        ("motp", "motp/quick-pay:syserr=1", ["--scan", "134567890123456780"]),
        ("motp", "motp/quick-pay:dropafter=1", ["--scan", "134567890123456780"]),
        ("motp", "motp/native-pay:syserr=1", []),
        ("tapin", "tapin/create:500after=1", []),
        ("tapin", "tapin/create:syserr=1", []),
        ("pomelo", "pomelo/create:500after=1", []),
        ("takemepay", "takemepay/sources:500after=1", []),
        ("takemepay", "takemepay/charges:500after=1", []),
        ("takemepay", "takemepay/charges:dropafter=1", []),
    ])
    func aPaymentCarriedOutIsNeverCalledFailed(gateway: String, fault: String, extra: [String]) throws {
        let server = try Server(faults: [fault])
        let pay = try server.till(["pay", "--gateway", gateway, "--amount", "1500", "--json", "--timeout", "20"] + extra)
        #expect(pay.status != 1, "never 'failed' for money that moved: \(pay.stdout)\n\(pay.stderr)")
        #expect(!pay.stderr.contains("Nothing was charged"), "\(pay.stderr)")
        let result = try #require(Self.jsonLines(pay.stdout).last { $0["event"] as? String == "result" }, "\(pay.stdout)")
        let order = try #require(result["order"] as? String)
        #expect(result["state"] as? String == "succeeded", "the gateway took the money: \(pay.stdout)\n\(pay.stderr)")
        #expect(pay.status == 0)
        let creates = try server.processedMoneyCalls(order: order)
        let byCall = Dictionary(grouping: creates) { $0["call"] as? String ?? "" }
        for (call, records) in byCall {
            #expect(records.count == 1, "each money-moving request reaches the gateway once: \(call) × \(records.count)")
        }
        let shown = try TillBinary.run(["journal", "show", order, "--journal", server.journal])
        #expect(shown.stdout.contains("succeeded"), "\(shown.stdout)\n\(shown.stderr)")
    }

    /// A refund carried out and answered 500 / SYSTEMERROR is found by its number, never sent again.
    @Test(arguments: [("motp", "motp/refund:500after=1"), ("motp", "motp/refund:syserr=1"), ("takemepay", "takemepay/refunds:500after=1")])
    func aRefundCarriedOutIsFoundByItsNumber(gateway: String, fault: String) throws {
        let server = try Server(faults: [fault])
        let extra = gateway == "motp" ? ["--scan", "134567890123456780"] : []
        let pay = try server.till(["pay", "--gateway", gateway, "--amount", "1500", "--json", "--timeout", "20"] + extra)
        #expect(pay.status == 0, "\(pay.stderr)")
        let order = try #require(Self.jsonLines(pay.stdout).last?["order"] as? String)
        let refund = try server.till(["refund", order])
        #expect(refund.status == 0, "the refund went through: \(refund.stdout)\n\(refund.stderr)")
        #expect(refund.stdout.contains("Refunded"), "\(refund.stdout)")
        let refunds = try server.processedMoneyCalls(order: order).filter { ($0["call"] as? String)?.contains("refund") == true }
        #expect(refunds.count == 1, "one refund request reached the gateway")
    }
}
