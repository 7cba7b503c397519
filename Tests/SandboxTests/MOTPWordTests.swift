import Foundation
import Testing
import TillTesting
import Wire
@testable import Sandbox

/// The MOTP answers a real MOTP gives that the plain flow does not, by the amount's last two
/// digits (USD cents here): the document's own status example, and the wallets' micropay words.
@Suite("MOTP words by amount")
struct MOTPWordTests {
    let sandbox: LiveSandbox
    let token: String

    init() async throws {
        sandbox = try LiveSandbox()
        let answer = try await sandbox.send("POST", MoneyCalls.tokenCall.path, body: MoneyCalls.tokenCall.body)
        token = try #require(try answer.json["data"]?["token"]?.string)
    }

    func send(_ call: MoneyCalls.Call) async throws -> JSONValue {
        try await sandbox.send(call.method, call.path, headers: call.headers, body: call.body).json
    }

    func status(_ order: String) async throws -> JSONValue {
        try await send(MoneyCalls.motp("payment-status", token: token, #"{"store_id":109038,"out_trade_no":"\#(order)"}"#))
    }

    func state(_ order: String) async throws -> String? {
        let payments = try await sandbox.send("GET", "/__sandbox/payments").json["payments"]?.array ?? []
        return payments.first { $0["order"]?.string == order }?["state"]?.string
    }

    @Test func ninetyFiveAnswersStatusAsTheDocumentsExample() async throws {
        _ = try await send(MoneyCalls.nativePay("W-95", token: token, amount: "1.95"))
        let waiting = try await status("W-95")
        #expect(waiting["success"] == true)
        #expect(waiting["data"]?["is_success"] == false)
        #expect(waiting["data"]?["result_code"] == nil)
        #expect(waiting["data"]?["transaction_id"] == nil)
        #expect(waiting["data"]?["message"] != nil)
        _ = try await sandbox.buyer(.pay, "W-95")
        let paid = try await status("W-95")
        #expect(paid["data"]?["is_success"] == true)
        #expect(paid["data"]?["result_code"] == nil)
        _ = try await send(MoneyCalls.motpRefund("W-95", "W-95-R", token: token, amount: "1.95"))
        let refund = try await send(MoneyCalls.motp("refund-status", token: token, #"{"store_id":109038,"out_trade_no":"W-95"}"#))
        #expect(refund["data"]?["is_success"] == true)
        #expect(refund["data"]?["result_code"] == nil)
    }

    @Test func ninetySixWaitsAsNOTPAY() async throws {
        let created = try await send(MoneyCalls.quickPay("W-96", token: token, amount: "0.96", authCode: "284957000000000001"))
        #expect(created["success"] == true)
        #expect(created["data"]?["result_code"] == "NOTPAY")
        let waiting = try await status("W-96")
        #expect(waiting["data"]?["result_code"] == "NOTPAY")
        #expect(waiting["data"]?["is_success"] == false)
        #expect(try await status("W-96")["data"]?["result_code"] == "SUCCESS")
    }

    @Test func ninetySevenEndsPAYERROR() async throws {
        let quick = try await send(MoneyCalls.quickPay("W-97", token: token, amount: "0.97"))
        #expect(quick["success"] == false)
        #expect(quick["data"]?["result_code"] == "PAYERROR")
        _ = try await send(MoneyCalls.nativePay("W-97N", token: token, amount: "2.97"))
        try await sandbox.buyer(.pay, "W-97N")
        let status = try await status("W-97N")
        #expect(status["success"] == false)
        #expect(status["data"]?["result_code"] == "PAYERROR")
        #expect(try await state("W-97N") == "PAYERROR")
    }

    @Test func ninetyEightEndsREVOKED() async throws {
        _ = try await send(MoneyCalls.nativePay("W-98", token: token, amount: "0.98"))
        #expect(try await status("W-98")["data"]?["result_code"] == "USERPAYING")
        _ = try await sandbox.buyer(.pay, "W-98")
        let status = try await status("W-98")
        #expect(status["success"] == false)
        #expect(status["data"]?["result_code"] == "REVOKED")
        #expect(status["data"]?["is_success"] == false)
        let refund = try await send(MoneyCalls.motpRefund("W-98", "W-98-R", token: token, amount: "0.98"))
        #expect(refund["data"]?["result_code"] == "ORDER_NOT_PAID")
    }

    @Test func ninetyNineIsREFUNDOnceRefunded() async throws {
        let paid = try await send(MoneyCalls.quickPay("W-99", token: token, amount: "0.99"))
        #expect(paid["data"]?["result_code"] == "SUCCESS")
        #expect(try await status("W-99")["data"]?["result_code"] == "SUCCESS")
        _ = try await send(MoneyCalls.motpRefund("W-99", "W-99-R", token: token, amount: "0.99"))
        let refunded = try await status("W-99")
        #expect(refunded["success"] == true)
        #expect(refunded["data"]?["result_code"] == "REFUND")
        #expect(refunded["data"]?["is_success"] == false)
        #expect(try await state("W-99") == "REFUND")
    }

    @Test func otherEndingsKeepThePlainWords() async throws {
        _ = try await send(MoneyCalls.nativePay("W-50", token: token, amount: "0.50"))
        #expect(try await status("W-50")["data"]?["result_code"] == "USERPAYING")
        _ = try await sandbox.buyer(.cancel, "W-50")
        #expect(try await status("W-50")["data"]?["result_code"] == "CLOSED")
    }
}
