import Foundation
import Testing
import TillTesting
import Wire
@testable import Sandbox

/// MOTP over real HTTP on loopback.
@Suite("MOTP sandbox")
struct MOTPTests {
    let sandbox: LiveSandbox
    init() throws { sandbox = try LiveSandbox() }

    func token() async throws -> String {
        let answer = try await sandbox.send("POST", "/motp/api/token", body: #"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#)
        #expect(answer.status == 200)
        return try #require(try answer.json["data"]?["token"]?.string)
    }

    func call(_ path: String, _ body: String, token: String? = nil) async throws -> WireAnswer {
        let bearer: String
        if let token { bearer = token } else { bearer = try await self.token() }
        return try await sandbox.send("POST", "/motp/api/\(path)", headers: ["Authorization": "Bearer \(bearer)"], body: body)
    }

    func quickPay(_ number: String, amount: String = "0.01", authCode: String = "284957000000000000") async throws -> WireAnswer {
        try await call("quick-pay", #"{"service_id":2,"store_id":"109038","amount":\#(amount),"auth_code":\#(authCode),"out_trade_no":"\#(number)"}"#)
    }

    func status(_ number: String) async throws -> JSONValue {
        try await call("payment-status", #"{"store_id":109038,"out_trade_no":"\#(number)"}"#).json
    }

    @Test func nativePayShowsAQRCodeAndIsPaidByTheBuyer() async throws {
        let created = try await call("native-pay", #"{"service_id":30,"store_id":"109038","amount":0.1,"out_trade_no":"ORDER-1"}"#)
        #expect(created.status == 200)
        let data = try #require(try created.json["data"])
        #expect(try created.json["success"] == true)
        #expect(data["amount"] == .number("0.10"))
        #expect(data["qr_code"]?.string?.hasPrefix("weixin://wxpay/bizpayurl?pr=") == true)
        #expect(try await status("ORDER-1")["data"]?["result_code"] == "USERPAYING")
        try await sandbox.buyer(.pay, "ORDER-1")
        let paid = try await status("ORDER-1")
        #expect(paid["data"]?["result_code"] == "SUCCESS")
        #expect(paid["data"]?["is_success"] == true)
        #expect(paid["data"]?["currency"] == "USD")
        let refusal = await #expect(throws: ControlError.self) { try await sandbox.buyer(.pay, "ORDER-1") }
        #expect(refusal?.status == 409)
    }

    @Test func aDeclinedNativePayIsFail() async throws {
        _ = try await call("native-pay", #"{"service_id":30,"store_id":"109038","amount":5.00,"out_trade_no":"ORDER-D"}"#)
        _ = try await sandbox.buyer(.decline, "ORDER-D")
        let answer = try await status("ORDER-D")
        #expect(answer["success"] == false)
        #expect(answer["data"]?["result_code"] == "FAIL")
        #expect(answer["data"]?["is_success"] == false)
    }

    @Test func tokensExpireAfterSixtySeconds() async throws {
        let token = try await token()
        sandbox.clock.advance(seconds: 59)
        #expect(try await call("payment-status", #"{"store_id":109038,"out_trade_no":"NONE"}"#, token: token).status == 404)
        sandbox.clock.advance(seconds: 1)
        let expired = try await call("payment-status", #"{"store_id":109038,"out_trade_no":"NONE"}"#, token: token)
        #expect(expired.status == 401)
        #expect(try expired.json["data"]?["result_code"] == "TOKEN_EXPIRED")
    }

    @Test func aMissingOrForeignTokenIsRefused() async throws {
        let missing = try await sandbox.send("POST", "/motp/api/native-pay", body: "{}")
        #expect(missing.status == 401)
        #expect(try missing.json["data"]?["result_code"] == "UNAUTHORIZED")
        let foreign = try await call("native-pay", "{}", token: "eyJ.forged.token")
        #expect(try foreign.json["data"]?["result_code"] == "INVALID_TOKEN")
    }

    @Test func wrongCredentialsGetNoToken() async throws {
        let answer = try await sandbox.send("POST", "/motp/api/token", body: #"{"user":"till_sandbox","password":"guess"}"#)
        #expect(answer.status == 401)
        #expect(try answer.json["success"] == false)
        #expect(try answer.json["data"]?["result_code"] == "INVALID_CREDENTIALS")
        #expect(try answer.json["data"]?["token"] == nil)
    }

    @Test(arguments: [
        (#"{"service_id":30,"store_id":"109038","amount":0.001,"out_trade_no":"X"}"#, "amount"),
        (#"{"service_id":30,"store_id":"109038","amount":"0.01","out_trade_no":"X"}"#, "amount"),
        (#"{"service_id":30,"store_id":"109038","amount":1e2,"out_trade_no":"X"}"#, "amount"),
        (#"{"service_id":30,"store_id":"109038","amount":0,"out_trade_no":"X"}"#, "amount"),
        (#"{"service_id":30,"store_id":"109038","amount":1.00}"#, "out_trade_no"),
        (#"{"service_id":"30","store_id":"109038","amount":1.00,"out_trade_no":"X"}"#, "service_id"),
        (#"{"service_id":30,"amount":1.00,"out_trade_no":"X"}"#, "store_id"),
    ])
    func badFieldsAreRefusedByName(_ body: String, _ field: String) async throws {
        let answer = try await call("native-pay", body)
        #expect(answer.status == 400)
        #expect(try answer.json["data"]?["result_code"] == "INVALID_PARAMETER")
        #expect(try answer.json["data"]?["message"]?.string?.hasPrefix(field) == true)
    }

    @Test func aForeignStoreOrServiceIsRefused() async throws {
        let store = try await call("native-pay", #"{"service_id":30,"store_id":"1","amount":1.00,"out_trade_no":"X"}"#)
        #expect(try store.json["data"]?["result_code"] == "STORE_NOT_FOUND")
        let service = try await call("native-pay", #"{"service_id":2,"store_id":"109038","amount":1.00,"out_trade_no":"X"}"#)
        #expect(try service.json["data"]?["result_code"] == "INVALID_SERVICE")
    }

    @Test func anOrderNumberCanBeUsedOnce() async throws {
        #expect(try await quickPay("ORDER-2").status == 200)
        let again = try await call("native-pay", #"{"service_id":30,"store_id":"109038","amount":0.01,"out_trade_no":"ORDER-2"}"#)
        #expect(try again.json["success"] == false)
        #expect(try again.json["data"]?["result_code"] == "OUT_TRADE_NO_USED")
    }

    @Test func quickPaySucceedsAtOnceByDefault() async throws {
        let answer = try await quickPay("Q-0", amount: "12.34")
        #expect(try answer.json["data"]?["result_code"] == "SUCCESS")
        #expect(try answer.json["data"]?["amount"] == .number("12.34"))
        #expect(try answer.json["data"]?["transaction_id"]?.string?.hasPrefix("4200") == true)
    }

    @Test func quickPayUserPayingForChecksThenSuccess() async throws {
        #expect(try await quickPay("Q-2", authCode: "284957000000000002").json["data"]?["result_code"] == "USERPAYING")
        let words = try await [status("Q-2"), status("Q-2"), status("Q-2"), status("Q-2")].map { $0["data"]?["result_code"] }
        #expect(words == ["USERPAYING", "USERPAYING", "USERPAYING", "SUCCESS"])
    }

    @Test func quickPayUserPayingForeverUntilTheBuyerActs() async throws {
        _ = try await quickPay("Q-3", authCode: "284957000000000003")
        for _ in 0..<20 { #expect(try await status("Q-3")["data"]?["result_code"] == "USERPAYING") }
        _ = try await sandbox.buyer(.cancel, "Q-3")
        #expect(try await status("Q-3")["data"]?["result_code"] == "CLOSED")
    }

    @Test func quickPayFailIsARefusal() async throws {
        let answer = try await quickPay("Q-4", authCode: "284957000000000004")
        #expect(try answer.json["success"] == false)
        #expect(try answer.json["data"]?["result_code"] == "FAIL")
    }

    @Test func quickPaySucceedsOnlyAfterTheDeadline() async throws {
        _ = try await quickPay("Q-5", authCode: "284957000000000005")
        sandbox.clock.advance(seconds: 45)
        #expect(try await status("Q-5")["data"]?["result_code"] == "USERPAYING")
        sandbox.clock.advance(seconds: 15)
        #expect(try await status("Q-5")["data"]?["result_code"] == "SUCCESS")
    }

    @Test func quickPayUserPayingThenFail() async throws {
        _ = try await quickPay("Q-6", authCode: "284957000000000006")
        #expect(try await status("Q-6")["data"]?["result_code"] == "USERPAYING")
        #expect(try await status("Q-6")["data"]?["result_code"] == "FAIL")
    }

    func refund(_ number: String, _ refundNumber: String, _ amount: String, service: Int = 2) async throws -> WireAnswer {
        try await call("refund", #"{"service_id":\#(service),"store_id":"109038","refund_amount":\#(amount),"out_trade_no":"\#(number)","out_refund_no":"\#(refundNumber)","reason":"test"}"#)
    }

    func refundStatus(_ number: String) async throws -> JSONValue {
        try await call("refund-status", #"{"store_id":109038,"out_trade_no":"\#(number)"}"#).json
    }

    @Test func refundsSucceedOncePerNumberAndNeverExceedThePayment() async throws {
        _ = try await quickPay("R-1", amount: "10.00")
        let first = try await refund("R-1", "R-1-1", "4.00")
        #expect(try first.json["data"]?["result_code"] == "SUCCESS")
        #expect(try first.json["data"]?["refund_amount"] == .number("4.00"))
        #expect(try await refund("R-1", "R-1-1", "1.00").json["data"]?["result_code"] == "OUT_REFUND_NO_USED")
        #expect(try await refund("R-1", "R-1-2", "6.01").json["data"]?["result_code"] == "REFUND_AMOUNT_EXCEEDED")
        #expect(try await refund("R-1", "R-1-3", "6.00").json["data"]?["result_code"] == "SUCCESS")
        let status = try await refundStatus("R-1")
        #expect(status["data"]?["out_refund_no"] == "R-1-3")
        #expect(status["data"]?["is_success"] == true)
    }

    @Test func anUnpaidOrderCannotBeRefunded() async throws {
        _ = try await quickPay("R-U", authCode: "284957000000000003")
        #expect(try await refund("R-U", "R-U-1", "0.01").json["data"]?["result_code"] == "ORDER_NOT_PAID")
        #expect(try await refund("NOPE", "NOPE-1", "0.01").status == 404)
    }

    @Test func aRefundProcessingThenSuccess() async throws {
        _ = try await quickPay("R-P", amount: "3.81")
        #expect(try await refund("R-P", "R-P-1", "3.81").json["data"]?["result_code"] == "PROCESSING")
        let words = try await [refundStatus("R-P"), refundStatus("R-P"), refundStatus("R-P")].map { $0["data"]?["result_code"] }
        #expect(words == ["PROCESSING", "PROCESSING", "SUCCESS"])
    }

    @Test func aFailedRefund() async throws {
        _ = try await quickPay("R-F", amount: "3.82")
        let answer = try await refund("R-F", "R-F-1", "3.82")
        #expect(try answer.json["success"] == false)
        #expect(try answer.json["data"]?["result_code"] == "FAIL")
        #expect(try await refundStatus("R-F")["data"]?["result_code"] == "FAIL")
    }

    @Test func jsapiPayUsesTheNativeService() async throws {
        let answer = try await call("jsapi-pay", #"{"service_id":30,"store_id":"109038","amount":0.50,"auth_code":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","out_trade_no":"J-1"}"#)
        #expect(try answer.json["data"]?["result_code"] == "SUCCESS")
    }
}
