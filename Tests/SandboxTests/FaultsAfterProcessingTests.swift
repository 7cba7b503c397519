import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

/// `500after`, `syserr` and `dropafter` in process (the demo's `SandboxTransport`): the work is done,
/// the answer is the gateway's error form (or none), and the request log shows the request once.
@Suite("Faults after processing, in process")
struct FaultsAfterProcessingTests {
    let engine: SandboxEngine
    let transport: SandboxTransport

    init(_ faults: String...) throws {
        var plan = FaultPlan(seed: 3)
        for fault in faults { try plan.add(fault) }
        engine = try SandboxEngine(clock: SandboxManualClock(), outbound: RecordingTransport.receiver(), faults: plan)
        transport = SandboxTransport(engine: engine)
    }

    init() throws { try self.init("motp/quick-pay:500after=1") }

    func send(_ call: MoneyCalls.Call) async throws -> (status: Int, json: JSONValue) {
        let answer = try await transport.send(call.request)
        return (answer.status, try JSONReader.parse(answer.body))
    }

    func token() async throws -> String {
        try #require(try await send(MoneyCalls.tokenCall).json["data"]?["token"]?.string)
    }

    /// The records of the money-moving `call` for `order`.
    func logged(_ call: String, order: String) -> [SandboxRequestRecord] {
        engine.requests().filter { $0.call == call && $0.order == order }
    }

    func payment(_ order: String) throws -> PaymentSummary {
        try #require(engine.payments().first { $0.order == order })
    }

    @Test func aMOTPQuickPayAnswered500AfterIsPaidAndLoggedOnce() async throws {
        let token = try await token()
        let answer = try await send(MoneyCalls.quickPay("Q-500", token: token))
        #expect(answer.status == 500)
        #expect(answer.json["success"] == false)
        #expect(answer.json["data"]?["result_code"] == "SYSTEMERROR")
        #expect(try payment("Q-500").paid)
        #expect(try payment("Q-500").state == "SUCCESS")
        let records = logged("quick-pay", order: "Q-500")
        #expect(records.count == 1)
        #expect(records.first?.processed == true)
        #expect(records.first?.fault == "500after")
        #expect(records.first?.status == 500)
        // The narrowed rule leaves the token call alone.
        #expect(engine.requests().first?.path == "/motp/api/token")
        #expect(engine.requests().first?.fault == nil)
    }

    @Test func aMOTPRefundAnsweredSystemErrorIsRefunded() async throws {
        let sandbox = try FaultsAfterProcessingTests("motp/refund:syserr=1")
        let token = try await sandbox.token()
        #expect(try await sandbox.send(MoneyCalls.nativePay("N-1", token: token)).status == 200)
        _ = try sandbox.engine.buyer(.pay, reference: "N-1").get()
        let answer = try await sandbox.send(MoneyCalls.motpRefund("N-1", "N-1-R1", token: token))
        #expect(answer.status == 200)
        #expect(answer.json["success"] == false)
        #expect(answer.json["data"]?["result_code"] == "SYSTEMERROR")
        #expect(try sandbox.payment("N-1").refundedMinor == 50)
        let records = sandbox.logged("refund", order: "N-1")
        #expect(records.map(\.refund) == ["N-1-R1"])
        #expect(records.map(\.fault) == ["syserr"])
        #expect(records.map(\.status) == [200])
    }

    @Test func aMOTPNativePayWhoseAnswerIsDroppedExists() async throws {
        let sandbox = try FaultsAfterProcessingTests("motp/native-pay:dropafter=1")
        let token = try await sandbox.token()
        await #expect(throws: TransportError.self) { try await sandbox.transport.send(MoneyCalls.nativePay("N-2", token: token).request) }
        #expect(try sandbox.payment("N-2").state == "USERPAYING")
        let records = sandbox.logged("native-pay", order: "N-2")
        #expect(records.count == 1)
        #expect(records.first?.fault == "lost")
        #expect(records.first?.processed == true)
        #expect(records.first?.status == nil)
    }

    @Test func aTapInCreateIsMadeUnder500AfterAndSystemError() async throws {
        let sandbox = try FaultsAfterProcessingTests("tapin/create:500after=0.5,syserr=0.5")
        var statuses: Set<Int> = []
        for index in 0..<12 {
            let answer = try await sandbox.send(MoneyCalls.tapInCreate("T-\(index)"))
            #expect(answer.json["errCode"] == .number("500"))
            statuses.insert(answer.status)
            #expect(try sandbox.payment("T-\(index)").state == "waiting pay")
            #expect(sandbox.logged("create", order: "T-\(index)").count == 1)
        }
        // 500after is HTTP 500; syserr is the same errCode in an HTTP 200 body.
        #expect(statuses == [200, 500])
    }

    @Test func aPomeloCreateAnsweredSystemErrorExists() async throws {
        let sandbox = try FaultsAfterProcessingTests("pomelo/create:syserr=1")
        let answer = try await sandbox.send(MoneyCalls.pomeloCreate("P-1"))
        #expect(answer.status == 500)
        #expect(answer.json["code"] == "PP-50-00")
        #expect(try sandbox.payment("P-1").state == "QR_CODE_GENERATED")
        #expect(sandbox.logged("create", order: "P-1").map(\.processed) == [true])
    }

    @Test func aTakeMePayChargeAnswered500AfterAndARefundDroppedBothHappen() async throws {
        let sandbox = try FaultsAfterProcessingTests("takemepay/charges:500after=1", "takemepay/refunds:dropafter=1")
        let source = try await sandbox.send(MoneyCalls.takeMePaySource("K-1"))
        let sourceID = try #require(source.json["id"]?.string)
        _ = try sandbox.engine.buyer(.pay, reference: sourceID).get()
        let charge = try await sandbox.send(MoneyCalls.takeMePayCharge(source: sourceID, order: "K-1"))
        #expect(charge.status == 500)
        #expect(charge.json["error"]?["code"] == "internal_error")
        #expect(try sandbox.payment("K-1").paid)
        #expect(try sandbox.payment("K-1").charges == 1)
        let list = try await sandbox.transport.send(HTTPRequest(
            method: "GET", url: URL(string: "http://127.0.0.1/takemepay/v1/charges")!,
            headers: [HTTPHeader("Authorization", "Bearer \(TestCredentials.takeMePaySecretKey)")]))
        let chargeID = try #require(try JSONReader.parse(list.body)["data"]?.array?.first?["id"]?.string)
        await #expect(throws: TransportError.self) {
            try await sandbox.transport.send(MoneyCalls.takeMePayRefund(charge: chargeID, order: "K-1", refund: "K-1-R1").request)
        }
        #expect(try sandbox.payment("K-1").refundedMinor == 150)
        #expect(sandbox.logged("charges", order: "K-1").map(\.fault) == ["500after"])
        #expect(sandbox.logged("refunds", order: "K-1").map(\.refund) == ["K-1-R1"])
        #expect(sandbox.logged("sources", order: "K-1").map(\.fault) == [nil])
    }
}
