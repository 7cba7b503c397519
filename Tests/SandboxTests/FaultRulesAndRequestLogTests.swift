import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

/// `--fault GATEWAY/CALL:...` rules, the new kinds' names, and the bounded request log.
@Suite("Fault rules and the request log")
struct FaultRulesAndRequestLogTests {
    @Test func newKindsAndNarrowedRulesAreRead() throws {
        var plan = FaultPlan()
        try plan.add("all:500=0.1,dropafter=0.2")
        try plan.add("all/money:500after=0.3,syserr=0.25")
        try plan.add("motp/quick-pay:500after=0.5,delay=0.1@4")
        #expect(plan.rates[.tapin]?.loseAnswer == 0.2)
        let quick = plan.rates(for: .motp, call: "quick-pay")
        #expect(quick.serverError == 0.1)
        #expect(quick.loseAnswer == 0.2)
        #expect(quick.serverErrorAfter == 0.5)
        #expect(quick.systemError == 0.25)
        #expect(quick.delaySeconds == 4)
        let refund = plan.rates(for: .motp, call: "refund")
        #expect(refund.serverErrorAfter == 0.3)
        #expect(refund.delay == 0)
        let status = plan.rates(for: .motp, call: nil)
        #expect(status.serverErrorAfter == 0)
        #expect(status.serverError == 0.1)
        for bad in ["all/quick-pay:500after=1", "motp/charges:syserr=1", "motp/:lost=1", "tapin/create:teapot=1", "pomelo/create:syserr=1.5"] {
            #expect(throws: FaultPlanError.self) { try plan.add(bad) }
        }
    }

    @Test func theMoneyCallsAreTheDocumentedPOSTs() {
        #expect(FaultCall.name(of: .motp, method: "POST", segments: ["api", "quick-pay"]) == "quick-pay")
        #expect(FaultCall.name(of: .motp, method: "POST", segments: ["api", "payment-status"]) == nil)
        #expect(FaultCall.name(of: .motp, method: "POST", segments: ["api", "token"]) == nil)
        #expect(FaultCall.name(of: .tapin, method: "POST", segments: ["api", "external_collection", "create_external_collection"]) == "create")
        #expect(FaultCall.name(of: .tapin, method: "GET", segments: ["api", "external_collection", "collection_status"]) == nil)
        #expect(FaultCall.name(of: .pomelo, method: "POST", segments: ["transactions"]) == "create")
        #expect(FaultCall.name(of: .pomelo, method: "GET", segments: ["transactions", "abc"]) == nil)
        #expect(FaultCall.name(of: .takemepay, method: "POST", segments: ["refunds"]) == "refunds")
        #expect(FaultCall.name(of: .takemepay, method: "POST", segments: ["webhooks"]) == nil)
    }

    @Test func aPlanWithoutTheNewKindsDrawsAsBefore() throws {
        var old = FaultPlan(seed: 9)
        try old.add("motp:500=0.2,lost=0.2")
        var extended = old
        try extended.add("tapin/create:500after=1")
        let first = FaultInjector(old), second = FaultInjector(extended)
        let drawsA = (0..<200).map { _ in first.draw(for: .motp, call: "quick-pay").kind }
        let drawsB = (0..<200).map { _ in second.draw(for: .motp, call: "quick-pay").kind }
        #expect(drawsA == drawsB)
    }

    @Test func theLogKeepsTheLatestRecordsAndNoSecrets() async throws {
        let engine = try SandboxEngine(clock: SandboxManualClock(), outbound: RecordingTransport.receiver(), requestLogLimit: 3)
        let transport = SandboxTransport(engine: engine)
        for index in 0..<5 {
            _ = try await transport.send(MoneyCalls.tapInCreate("LOG-\(index)").request)
        }
        _ = try await transport.send(HTTPRequest(
            method: "GET", url: URL(string: "http://127.0.0.1/takemepay/v1/sources/src_1?clientSecret=src_1_secret_abc")!,
            headers: [HTTPHeader("Authorization", "Bearer \(TestCredentials.takeMePayPublicKey)")]))
        _ = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1/__sandbox/health")!))
        let records = engine.requests()
        #expect(records.map(\.sequence) == [4, 5, 6])
        #expect(records.map(\.order) == ["LOG-3", "LOG-4", nil])
        #expect(engine.forgottenRequests == 3)
        #expect(records.last?.path == "/takemepay/v1/sources/src_1")
        #expect(records.last?.method == "GET")
        #expect(records.last?.call == nil)
        let listed = try JSONReader.parse(try #require(engine.handle(HTTPRequest(method: "GET", url: URL(string: "http://h/__sandbox/requests")!)).response).body)
        #expect(listed["forgotten"] == .number("3"))
        let narrowed = try JSONReader.parse(try #require(engine.handle(HTTPRequest(
            method: "GET", url: URL(string: "http://h/__sandbox/requests?gateway=tapin&method=POST&order=LOG-4")!)).response).body)
        #expect(narrowed["requests"]?.array?.map { $0["sequence"] } == [.number("5")])
        let text = JSONWriter.text(listed)
        #expect(!text.contains("secret"))
        #expect(!text.contains(TestCredentials.takeMePayPublicKey))
        #expect(!text.contains(TestCredentials.tapInSSCode))
    }
}
