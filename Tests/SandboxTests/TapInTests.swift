import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

/// TapIn over real HTTP on loopback.
@Suite("TapIn sandbox")
struct TapInTests {
    let sandbox: LiveSandbox
    init() throws { sandbox = try LiveSandbox(configuration: SandboxConfiguration(tapInReleaseAfter: 600)) }

    static func sign(_ id1: String) -> String { TapInState.signature(id1: id1) }

    func create(_ id1: String, amount: String = "1500", extra: String = "", signature: String? = nil) async throws -> WireAnswer {
        let body = #"{"vendor_id":25467,"amount":\#(amount),"id_1":"\#(id1)","webhook":"http://127.0.0.1:9/hook"\#(extra)}"#
        return try await sandbox.send(
            "POST", "/tapin/api/external_collection/create_external_collection",
            headers: ["signature": signature ?? Self.sign(id1)], body: body)
    }

    func status(_ id1: String, signature: String? = nil) async throws -> JSONValue {
        let answer = try await sandbox.send(
            "GET", "/tapin/api/external_collection/collection_status?id_1=\(id1)", headers: ["signature": signature ?? Self.sign(id1)])
        #expect(answer.status == 200)
        return try answer.json
    }

    @Test func theSignatureIsMD5OfSSCodeAndID1InLowerCaseHex() {
        // md5("ss_till_sandbox_3f9a1c7e5b2d8046" + "87324123"), computed independently with md5sum.
        #expect(Self.sign("87324123") == "7d48abfdb1dc6f08b4953cf2cf7683a1")
    }

    @Test func aCollectionIsCreatedPaidAndReleased() async throws {
        let created = try await create("ORDER-1", extra: #","id_2":"SALE-1","limit_days":2"#)
        let json = try created.json
        #expect(json["errCode"] == .number("0"))
        #expect(json["msg"] == "success")
        let data = try #require(json["data"])
        #expect(data["id_1"] == "ORDER-1")
        #expect(data["id_2"] == "SALE-1")
        #expect(data["ew_id"]?.string?.hasPrefix("EW") == true)
        #expect(data["collection_id"]?.int64 != nil)
        #expect(data["url"]?.string?.hasPrefix("https://") == true)
        let waiting = try await status("ORDER-1")
        #expect(waiting["data"]?["status"] == "waiting pay")
        #expect(waiting["data"]?["pay_money"] == .number("1500"))
        #expect(waiting["data"]?["limit_days"] == .number("2"))
        try await sandbox.buyer(.pay, "ORDER-1")
        #expect(try await status("ORDER-1")["data"]?["status"] == "pay success")
        sandbox.clock.advance(seconds: 600)
        #expect(try await status("ORDER-1")["data"]?["status"] == "money release")
    }

    @Test func aWrongOrMissingSignatureIsErrCode9() async throws {
        let wrong = try await create("ORDER-S", signature: "a0bb5801d88ce6548d7d8f4f8543ad0c")
        #expect(try wrong.json["errCode"] == .number("9"))
        #expect(try wrong.json["msg"] == "signature does not exist or cannot be matched")
        let otherVendor = try await sandbox.send(
            "POST", "/tapin/api/external_collection/create_external_collection", headers: ["signature": Self.sign("X")],
            body: #"{"vendor_id":1,"amount":1,"id_1":"X","webhook":"http://127.0.0.1/h"}"#)
        #expect(try otherVendor.json["errCode"] == .number("9"))
        _ = try await create("ORDER-Q")
        #expect(try await status("ORDER-Q", signature: Self.sign("ORDER-R"))["errCode"] == .number("9"))
        let unsigned = try await sandbox.send("GET", "/tapin/api/external_collection/collection_status?id_1=ORDER-Q")
        #expect(try unsigned.json["errCode"] == .number("9"))
    }

    @Test(arguments: [
        ("150.0", ""), ("\"150\"", ""), ("0", ""), ("-5", ""), ("100", #","limit_days":0"#),
        ("100", #","merchant_phone":"2377936927321""#), ("100", #","is_customer_fee":2"#),
        ("100", #","merchant_phone":"2377936927321","earn_percentum":101"#),
    ])
    func badParametersAreErrCode1(_ amount: String, _ extra: String) async throws {
        let answer = try await create("ORDER-P", amount: amount, extra: extra)
        #expect(answer.status == 200)
        #expect(try answer.json["errCode"] == .number("1"))
        #expect(try answer.json["msg"]?.string?.hasPrefix("Paramter error") == true)
    }

    @Test func aMissingWebhookOrBadBodyIsErrCode1() async throws {
        let noHook = try await sandbox.send(
            "POST", "/tapin/api/external_collection/create_external_collection", headers: ["signature": Self.sign("N")],
            body: #"{"vendor_id":25467,"amount":100,"id_1":"N"}"#)
        #expect(try noHook.json["errCode"] == .number("1"))
        let notJSON = try await sandbox.send("POST", "/tapin/api/external_collection/create_external_collection", body: "vendor_id=1")
        #expect(try notJSON.json["errCode"] == .number("1"))
        let noID = try await sandbox.send("GET", "/tapin/api/external_collection/collection_status", headers: ["signature": "x"])
        #expect(try noID.json["errCode"] == .number("1"))
    }

    @Test func aRepeatedID1OrID2IsErrCode2() async throws {
        _ = try await create("ORDER-D", extra: #","id_2":"SALE-D""#)
        #expect(try await create("ORDER-D").json["errCode"] == .number("2"))
        #expect(try await create("ORDER-E", extra: #","id_2":"SALE-D""#).json["errCode"] == .number("2"))
        #expect(try await create("ORDER-F").json["errCode"] == .number("0"))
    }

    @Test func anUnknownCollectionIsErrCode2() async throws {
        #expect(try await status("NOBODY")["errCode"] == .number("2"))
    }

    @Test func anUnpaidCollectionExpiresAfterItsLimitDays() async throws {
        _ = try await create("ORDER-X", extra: #","limit_days":1"#)
        sandbox.clock.advance(seconds: 86_399)
        #expect(try await status("ORDER-X")["data"]?["status"] == "waiting pay")
        sandbox.clock.advance(seconds: 1)
        #expect(try await status("ORDER-X")["errCode"] == .number("2"))
        let refusal = await #expect(throws: ControlError.self) { try await sandbox.buyer(.pay, "ORDER-X") }
        #expect(refusal?.status == 409)
    }

    /// `is_customer_fee: 1`: the buyer pays the handling fee (the sandbox's 3 %, rounded up to the
    /// cent) on top of the amount, so the paid collection's `pay_money` is above `amount`.
    @Test func aBuyerWhoPaysTheFeePaysMoreThanTheAmount() async throws {
        _ = try await create("ORDER-FEE", amount: "1501", extra: #","is_customer_fee":1"#)
        let waiting = try await status("ORDER-FEE")
        #expect(waiting["data"]?["pay_money"] == .number("1501"))
        #expect(waiting["data"]?["is_customer_fee"] == .number("1"))
        try await sandbox.buyer(.pay, "ORDER-FEE")
        let paid = try await status("ORDER-FEE")
        #expect(paid["data"]?["status"] == "pay success")
        #expect(paid["data"]?["pay_money"] == .number("1547"))  // 1501 + ceil(45.03)
        _ = try await create("ORDER-NOFEE", amount: "1501", extra: #","is_customer_fee":0"#)
        try await sandbox.buyer(.pay, "ORDER-NOFEE")
        #expect(try await status("ORDER-NOFEE")["data"]?["pay_money"] == .number("1501"))
    }

    @Test func theSuccessCallbackIsRetriedEverySixtySecondsSixTimesUntilSUCCESS() async throws {
        let receiver = RecordingTransport(
            answers: [
                .success(HTTPResponse(status: 200, body: Data("OK".utf8))),
                .failure(.connectionLost("down")),
                .success(HTTPResponse(status: 500)),
            ],
            thenAlways: .success(HTTPResponse(status: 200, body: Data("SUCCESS\n".utf8))))
        let sandbox = try LiveSandbox(webhooks: receiver)
        _ = try await sandbox.send(
            "POST", "/tapin/api/external_collection/create_external_collection", headers: ["signature": Self.sign("CB-1")],
            body: #"{"vendor_id":25467,"amount":990,"id_1":"CB-1","webhook":"http://127.0.0.1:9/hook"}"#)
        _ = try await sandbox.buyer(.pay, "CB-1")
        var times: [Date] = []
        for _ in 0..<8 {
            if await sandbox.engine.deliverDueWebhooks() > 0 { times.append(sandbox.clock.now) }
            sandbox.clock.advance(seconds: 30)
        }
        #expect(receiver.requests.count == 4)
        #expect(zip(times.dropFirst(), times).map { $0.timeIntervalSince($1) } == [60, 60, 60])
        let body = try JSONReader.parse(receiver.requests[0].body)
        #expect(body["id_1"] == "CB-1")
        #expect(body["status"] == "pay success")
        #expect(body["pay_money"] == .number("990"))
        #expect(receiver.requests[0].url.absoluteString == "http://127.0.0.1:9/hook")
        #expect(sandbox.engine.deliveries().first?.state == .delivered)
    }

    @Test func theCallbackGivesUpAfterSixTries() async throws {
        let receiver = RecordingTransport.receiver(answering: HTTPResponse(status: 200, body: Data("FAIL".utf8)))
        let sandbox = try LiveSandbox(webhooks: receiver)
        _ = try await sandbox.send(
            "POST", "/tapin/api/external_collection/create_external_collection", headers: ["signature": Self.sign("CB-2")],
            body: #"{"vendor_id":25467,"amount":990,"id_1":"CB-2","webhook":"http://127.0.0.1:9/hook"}"#)
        _ = try await sandbox.buyer(.pay, "CB-2")
        for _ in 0..<20 {
            await sandbox.engine.deliverDueWebhooks()
            sandbox.clock.advance(seconds: 60)
        }
        #expect(receiver.requests.count == 6)
        #expect(sandbox.engine.deliveries().first?.state == .failed)
    }
}
