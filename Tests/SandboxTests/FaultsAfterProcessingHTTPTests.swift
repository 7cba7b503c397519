import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting

/// `500after`, `syserr` and `dropafter` over real HTTP on loopback, each gateway's money-moving POST on
/// a socket of its own: the work is done, the answer is the gateway's error form (or none), and
/// `GET /__sandbox/requests` shows each POST once.
@Suite("Faults after processing, over HTTP")
struct FaultsAfterProcessingHTTPTests {
    /// What each gateway answered, by gateway.
    typealias Answers = [GatewayID: RawHTTP.Answer]

    /// Starts a sandbox with `all/money:<kind>=1` and sends one create per gateway.
    func createEverywhere(_ kind: String) async throws -> (LiveSandbox, Answers) {
        var plan = FaultPlan()
        try plan.add("all/money:\(kind)=1")
        let sandbox = try LiveSandbox(faults: plan)
        let token = try #require(try await sandbox.send("POST", MoneyCalls.tokenCall.path, body: MoneyCalls.tokenCall.body).json["data"]?["token"]?.string)
        let calls: [(GatewayID, MoneyCalls.Call)] = [
            (.motp, MoneyCalls.quickPay("M-\(kind)", token: token)), (.tapin, MoneyCalls.tapInCreate("T-\(kind)")),
            (.pomelo, MoneyCalls.pomeloCreate("P-\(kind)")), (.takemepay, MoneyCalls.takeMePaySource("K-\(kind)")),
        ]
        var answers: Answers = [:]
        for (gateway, call) in calls {
            answers[gateway] = try RawHTTP.send(port: sandbox.server.port, call.method, call.path, headers: call.headers, body: call.body)
        }
        return (sandbox, answers)
    }

    /// Checks, through the control API, that each gateway holds the order and logged its POST once,
    /// with the status the client saw.
    func expectDoneOnce(_ sandbox: LiveSandbox, _ kind: String, _ answers: Answers) async throws {
        let payments = try await sandbox.send("GET", "/__sandbox/payments").json["payments"]?.array ?? []
        let requests = try await sandbox.send("GET", "/__sandbox/requests").json["requests"]?.array ?? []
        let prefixes: [(String, GatewayID)] = [("M", .motp), ("T", .tapin), ("P", .pomelo), ("K", .takemepay)]
        for (prefix, gateway) in prefixes {
            let order = "\(prefix)-\(kind)"
            #expect(payments.filter { $0["order"]?.string == order }.count == 1, "\(order) is not at its gateway once")
            let posts = requests.filter { $0["order"]?.string == order && $0["method"] == "POST" }
            #expect(posts.count == 1, "\(order): \(posts.count) POSTs logged")
            #expect(posts.first?["processed"] == true)
            #expect(posts.first?["fault"]?.string == (kind == "dropafter" ? "lost" : kind))
            #expect(posts.first?["status"] == (answers[gateway]?.status.map { .integer($0) } ?? .null))
        }
        #expect(payments.first { $0["order"]?.string == "M-\(kind)" }?["paid"] == true)
    }

    @Test func answered500AfterTheWorkWasDone() async throws {
        let (sandbox, answers) = try await createEverywhere("500after")
        #expect(answers.values.allSatisfy { $0.status == 500 })
        #expect(try answers[.motp]?.json["data"]?["result_code"] == "SYSTEMERROR")
        #expect(try answers[.tapin]?.json["errCode"] == .number("500"))
        #expect(try answers[.pomelo]?.json["code"] == "PP-50-00")
        #expect(try answers[.takemepay]?.json["error"]?["code"] == "internal_error")
        try await expectDoneOnce(sandbox, "500after", answers)
    }

    @Test func answeredSystemErrorAfterTheWorkWasDone() async throws {
        let (sandbox, answers) = try await createEverywhere("syserr")
        #expect(answers[.motp]?.status == 200)
        #expect(try answers[.motp]?.json["success"] == false)
        #expect(try answers[.motp]?.json["data"]?["result_code"] == "SYSTEMERROR")
        #expect(answers[.tapin]?.status == 200)
        #expect(try answers[.tapin]?.json["errCode"] == .number("500"))
        #expect(answers[.pomelo]?.status == 500)
        #expect(answers[.takemepay]?.status == 500)
        let requests = try await sandbox.send("GET", "/__sandbox/requests").json["requests"]?.array ?? []
        #expect(requests.first?["path"] == "/motp/api/token")
        #expect(requests.first?["fault"] == .null)
        try await expectDoneOnce(sandbox, "syserr", answers)
    }

    @Test func droppedWithoutAnAnswerAfterTheWorkWasDone() async throws {
        let (sandbox, answers) = try await createEverywhere("dropafter")
        #expect(answers.values.allSatisfy { $0.status == nil && $0.body.isEmpty })
        try await expectDoneOnce(sandbox, "dropafter", answers)
    }
}
