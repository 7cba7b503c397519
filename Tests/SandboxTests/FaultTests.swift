import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

@Suite("Faults")
struct FaultTests {
    @Test func faultArgumentsAreRead() throws {
        var plan = FaultPlan(seed: 7)
        try plan.add("motp:500=0.1,429=0.05,drop=0.02,lost=0.03,delay=0.2@1.5")
        try plan.add("all:drop=0.5")
        #expect(plan.rates[.motp]?.serverError == 0.1)
        #expect(plan.rates[.motp]?.tooManyRequests == 0.05)
        #expect(plan.rates[.motp]?.drop == 0.5)
        #expect(plan.rates[.motp]?.loseAnswer == 0.03)
        #expect(plan.rates[.motp]?.delay == 0.2)
        #expect(plan.rates[.motp]?.delaySeconds == 1.5)
        #expect(plan.rates[.tapin]?.drop == 0.5)
        for bad in ["motp", "paypal:500=0.1", "motp:500=2", "motp:teapot=0.1", "motp:delay=0.1@x", "motp:500"] {
            #expect(throws: FaultPlanError.self) { try plan.add(bad) }
        }
    }

    func engine(_ fault: String, seed: UInt64 = 1) throws -> SandboxEngine {
        var plan = FaultPlan(seed: seed)
        try plan.add(fault)
        return try SandboxEngine(clock: SandboxManualClock(), outbound: RecordingTransport.receiver(), faults: plan)
    }

    static func tapInStatus() -> HTTPRequest {
        HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1/tapin/api/external_collection/collection_status?id_1=A")!,
                    headers: [HTTPHeader("signature", TapInState.signature(id1: "A"))])
    }

    @Test func every429OnTapInIsErrCode4AndOnlyTapInIsHit() throws {
        let engine = try engine("tapin:429=1")
        let answer = try #require(engine.handle(Self.tapInStatus()).response)
        #expect(try JSONReader.parse(answer.body)["errCode"] == .number("4"))
        let motp = engine.handle(HTTPRequest(method: "POST", url: URL(string: "http://127.0.0.1/motp/api/token")!, body: Data("{}".utf8)))
        #expect(motp.response?.status == 400)
    }

    @Test func serverErrorsUseEachGatewaysEnvelope() throws {
        let engine = try engine("all:500=1")
        let tapIn = try #require(engine.handle(Self.tapInStatus()).response)
        #expect(tapIn.status == 500)
        #expect(try JSONReader.parse(tapIn.body)["errCode"] == .number("500"))
        let takeMe = try #require(engine.handle(HTTPRequest(method: "GET", url: URL(string: "http://h/takemepay/v1/charges")!)).response)
        #expect(try JSONReader.parse(takeMe.body)["error"]?["code"] == "internal_error")
    }

    @Test func aSeededRunRepeatsAndTheRateHolds() throws {
        let first = try engine("tapin:drop=0.3", seed: 42)
        let second = try engine("tapin:drop=0.3", seed: 42)
        let runA = (0..<1000).map { _ in first.handle(Self.tapInStatus()) == .dropConnection }
        let runB = (0..<1000).map { _ in second.handle(Self.tapInStatus()) == .dropConnection }
        #expect(runA == runB)
        let drops = runA.filter { $0 }.count
        #expect((220...380).contains(drops))
    }

    @Test func aLostAnswerIsStillProcessed() async throws {
        let engine = try engine("tapin:lost=1")
        let transport = SandboxTransport(engine: engine)
        let request = HTTPRequest(
            method: "POST", url: URL(string: "http://127.0.0.1/tapin/api/external_collection/create_external_collection")!,
            headers: [HTTPHeader("signature", TapInState.signature(id1: "LOST-1"))],
            body: Data(#"{"vendor_id":25467,"amount":100,"id_1":"LOST-1","webhook":"http://127.0.0.1/h"}"#.utf8))
        await #expect(throws: TransportError.self) { try await transport.send(request) }
        #expect(engine.payments().map(\.reference) == ["LOST-1"])
    }

    @Test func overRealHTTPADroppedOrLostAnswerClosesTheConnection() async throws {
        var plan = FaultPlan()
        try plan.add("motp:lost=1")
        try plan.add("tapin:drop=1")
        let sandbox = try LiveSandbox(faults: plan)
        await #expect(throws: (any Error).self) {
            _ = try await sandbox.send("POST", "/motp/api/native-pay", body: #"{"service_id":30,"store_id":"109038","amount":1.00,"out_trade_no":"LOST-1"}"#)
        }
        await #expect(throws: (any Error).self) {
            _ = try await sandbox.send("GET", "/tapin/api/external_collection/collection_status?id_1=A")
        }
        #expect(try await sandbox.send("GET", "/__sandbox/health").status == 200)
    }

    @Test func aDelayedAnswerArrivesAfterTheDelayOnTheSandboxClock() async throws {
        let engine = try engine("motp:delay=1@2.5")
        let before = engine.clock.now
        let transport = SandboxTransport(engine: engine)
        let response = try await transport.send(HTTPRequest(method: "POST", url: URL(string: "http://127.0.0.1/motp/api/token")!, body: Data("{}".utf8)))
        #expect(response.status == 400)
        #expect(engine.clock.now.timeIntervalSince(before) == 2.5)
    }

    @Test func overRealHTTPADelayPassesOnTheEnginesClock() async throws {
        var plan = FaultPlan()
        try plan.add("motp:delay=1@30")
        let sandbox = try LiveSandbox(faults: plan)
        let before = sandbox.clock.now
        let answer = try await sandbox.send("POST", "/motp/api/token", body: "{}")
        #expect(answer.status == 400)
        #expect(sandbox.clock.now.timeIntervalSince(before) == 30)
    }
}
