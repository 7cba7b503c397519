import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// TapIn's `limit_days` (sent on every create, default 1 day) and a buyer who pays the handling fee
/// (`pay_money` above the amount asked).
@Suite struct TapInValidityAndFeeTests {
    let transport = RecordingTransport()
    let clock = TestNow()
    let created =
        #"{"errCode": 0, "msg": "success", "data": {"collection_id": 1201, "ew_id": "EW2021122800029", "id_1": "87324123", "id_2": "", "url": "https://demo.tapin.tech/pay/EW2021122800029"}}"#

    func client(limitDays: Int? = nil, customerPaysFee: Bool? = nil) -> TapInClient {
        var settings = TapInSettings(
            vendorID: 25467, ssCode: Secret("1734e90a57e422a1bc87100a567893c0"),
            webhookURL: "https://demo.tapin.tech/mock/test_for", currency: usd, customerPaysFee: customerPaysFee)
        if let limitDays { settings.limitDays = limitDays }
        return TapInClient(settings: settings, transport: transport, now: clock.now)
    }

    var payment: PaymentRequest {
        PaymentRequest(orderNumber: order("87324123"), amount: Money(minorUnits: 1500, currency: usd), brand: .tapinLink)
    }
    var reference: PaymentReference {
        PaymentReference(orderNumber: order("87324123"), amount: Money(minorUnits: 1500, currency: usd))
    }

    func statusAnswer(_ word: String, payMoney: Int, fee: Int = 1) -> String {
        #"{"errCode": 0, "msg": "success", "data": {"collection_id": 1201, "ew_id": "EW2021122800029", "id_1": "87324123", "id_2": "", "status": "\#(word)", "notice": "The collection has been pushed successfully", "limit_days": 1, "merchant_id": 1, "merchant_phone": "", "webhook": "https://demo.tapin.tech/mock/test_for", "pay_money": \#(payMoney), "tip": 0, "is_customer_fee": \#(fee), "instruction": ""}}"#
    }

    @Test func everyCreateSendsLimitDaysOneByDefault() async throws {
        transport.answer(created)
        let start = try await client().startQRPayment(payment)
        #expect(
            transport.requests.first?.bodyText
                == #"{"vendor_id":25467,"amount":1500,"id_1":"87324123","webhook":"https://demo.tapin.tech/mock/test_for","limit_days":1}"#
        )
        #expect(start.expiresAt == clock.now().addingTimeInterval(86_400))
    }

    @Test func configuredLimitDaysAndCustomerFeeAreSent() async throws {
        transport.answer(created)
        let start = try await client(limitDays: 3, customerPaysFee: true).startQRPayment(payment)
        let body = try #require(transport.requests.first?.json)
        #expect(body["limit_days"]?.int64 == 3)
        #expect(body["is_customer_fee"]?.int64 == 1)
        #expect(start.expiresAt == clock.now().addingTimeInterval(3 * 86_400))
    }

    @Test(arguments: ["pay success", "money release"])
    func payMoneyAboveTheAmountIsPaidWithTheFeeKept(_ word: String) async throws {
        transport.answer(statusAnswer(word, payMoney: 1545))
        let status = try await client().paymentStatus(reference)
        #expect(status.state == .succeeded)
        #expect(status.buyerFee == Money(minorUnits: 45, currency: usd))
    }

    @Test func payMoneyEqualToTheAmountHasNoFee() async throws {
        transport.answer(statusAnswer("pay success", payMoney: 1500, fee: 0))
        let status = try await client().paymentStatus(reference)
        #expect(status.state == .succeeded)
        #expect(status.buyerFee == nil)
    }

    @Test func payMoneyBelowTheAmountIsStillAMismatch() async {
        transport.answer(statusAnswer("pay success", payMoney: 1499))
        let error = await gatewayError { try await client().paymentStatus(reference) }
        #expect(error == AnswerError.mismatch("data.pay_money", sent: "1500", echoed: "1499"))
    }

    /// Before payment `pay_money` says nothing that was paid (a real TapIn may write 0 there).
    @Test func waitingPayIgnoresPayMoney() async throws {
        transport.answer(statusAnswer("waiting pay", payMoney: 0))
        let status = try await client().paymentStatus(reference)
        #expect(status.state == .awaitingBuyer)
        #expect(status.buyerFee == nil)
    }

    @Test func paidWithoutPayMoneyIsAnError() async {
        transport.answer(#"{"errCode": 0, "msg": "success", "data": {"id_1": "87324123", "status": "pay success"}}"#)
        let error = await gatewayError { try await client().paymentStatus(reference) }
        #expect(error == AnswerError.missing("data.pay_money"))
    }
}
