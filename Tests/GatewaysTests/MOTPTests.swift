import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// MOTP, with the documents' example answers (made valid JSON: the documents' native answer misses a
/// comma and has a trailing one, and masks digits with `***`).
@Suite struct MOTPTests {
    let transport = RecordingTransport()
    let clock = TestNow()
    let client: MOTPClient

    init() {
        client = MOTPClient(
            settings: MOTPSettings(
                baseURL: URL(string: "https://motp.example/")!, user: "till", password: Secret("pa55word-very-secret"),
                storeID: "109038", currency: usd, subStoreID: 12345, subStoreName: "Test Store"),
            transport: transport, now: clock.now)
    }
    let tokenAnswer = #"{"success": true, "data": {"message": "SUCCESS", "token": "eyJ0eXAiOiJKV1Q.one"}}"#

    func payment(_ cents: Int64 = 1) -> PaymentRequest {
        PaymentRequest(
            orderNumber: order("ORDER-4339001"), amount: Money(minorUnits: cents, currency: usd), brand: .wechatPay)
    }

    @Test func nativePayFetchesTokenSendsExactBodyAndReturnsQR() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"qr_code": "weixin:\/\/wxpay\/bizpayurl?pr=6E4ptwz", "amount": 0.30, "out_trade_no": "ORDER-4339001", "result_code": "SUCCESS"}}"#
        )
        let start = try await client.startQRPayment(payment(30))
        #expect(start.qrPayload == "weixin://wxpay/bizpayurl?pr=6E4ptwz")
        #expect(start.state == .awaitingBuyer)
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests[0].url.absoluteString == "https://motp.example/api/token")
        #expect(requests[0].bodyText == #"{"user":"till","password":"pa55word-very-secret"}"#)
        #expect(requests[0].header("Authorization") == nil)
        #expect(requests[1].url.absoluteString == "https://motp.example/api/native-pay")
        #expect(requests[1].header("Authorization") == "Bearer eyJ0eXAiOiJKV1Q.one")
        #expect(requests[1].method == "POST")
        #expect(
            requests[1].bodyText
                == #"{"service_id":30,"store_id":"109038","sub_store_id":12345,"sub_store_name":"Test Store","amount":0.30,"out_trade_no":"ORDER-4339001"}"#
        )
    }

    @Test func tokenIsReusedUntilTenSecondsRemainThenFetchedAgain() async throws {
        let status =
            #"{"success": true, "data": {"is_success": false, "result_code": "USERPAYING", "out_trade_no": "ORDER-4339001"}}"#
        let reference = PaymentReference(
            orderNumber: order("ORDER-4339001"), amount: Money(minorUnits: 1, currency: usd))
        transport.answer(tokenAnswer)
        transport.answer(status)
        _ = try await client.paymentStatus(reference)
        clock.advance(49)  // 11 s left: still used
        transport.answer(status)
        _ = try await client.paymentStatus(reference)
        clock.advance(1.5)  // 9.5 s left: fetched again
        transport.answer(tokenAnswer)
        transport.answer(status)
        _ = try await client.paymentStatus(reference)
        let paths = transport.requests.map(\.url.path)
        #expect(
            paths == ["/api/token", "/api/payment-status", "/api/payment-status", "/api/token", "/api/payment-status"])
    }

    @Test func concurrentCallsShareOneTokenRequest() async throws {
        transport.answer(tokenAnswer)
        let status = #"{"success": true, "data": {"out_trade_no": "ORDER-4339001", "result_code": "USERPAYING"}}"#
        for _ in 0..<4 { transport.answer(status) }
        let reference = PaymentReference(
            orderNumber: order("ORDER-4339001"), amount: Money(minorUnits: 1, currency: usd))
        let client = self.client
        try await withThrowingTaskGroup(of: AttemptState.self) { group in
            for _ in 0..<4 { group.addTask { try await client.paymentStatus(reference).state } }
            for try await state in group { #expect(state == .processing) }
        }
        #expect(transport.requests.filter { $0.url.path == "/api/token" }.count == 1)
        #expect(transport.requests.first?.url.path == "/api/token")
        #expect(transport.requests.count == 5)
    }

    @Test func a401FetchesTheTokenOnceMoreAndRetries() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": false, "data": {"message": "token expired", "result_code": "INVALID_TOKEN"}}"#, status: 401)
        transport.answer(#"{"success": true, "data": {"message": "SUCCESS", "token": "second-token"}}"#)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "service_id": 30, "out_trade_no": "ORDER-4339001", "amount": 0.01, "currency": "USD", "result_code": "SUCCESS", "message": "Payment Successful!"}}"#
        )
        let reference = PaymentReference(
            orderNumber: order("ORDER-4339001"), amount: Money(minorUnits: 1, currency: usd))
        let status = try await client.paymentStatus(reference)
        #expect(status.state == .succeeded)
        #expect(
            transport.requests.map(\.url.path) == [
                "/api/token", "/api/payment-status", "/api/token", "/api/payment-status",
            ])
        #expect(transport.requests[3].header("Authorization") == "Bearer second-token")
        #expect(transport.requests[1].bodyText == #"{"store_id":109038,"out_trade_no":"ORDER-4339001"}"#)
    }

    @Test func aSecond401IsARefusalNotALoop() async {
        transport.answer(tokenAnswer)
        transport.answer(#"{"success": false, "data": {"message": "no", "result_code": "INVALID_TOKEN"}}"#, status: 401)
        transport.answer(tokenAnswer)
        transport.answer(#"{"success": false, "data": {"message": "no", "result_code": "INVALID_TOKEN"}}"#, status: 401)
        let reference = PaymentReference(
            orderNumber: order("ORDER-4339001"), amount: Money(minorUnits: 1, currency: usd))
        let error = await gatewayError { try await client.paymentStatus(reference) }
        #expect(
            error?.cashierError
                == .requestRefused(GatewayRawError(code: "HTTP 401", message: "MOTP refused a fresh token")))
        #expect(transport.requests.count == 4)
    }

    @Test func quickPaySendsAuthCodeAsDigitStringAndMapsDocumentedAnswer() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"amount": 0.01, "currency": "USD", "out_trade_no": "ORDER-4339001", "transaction_id": "4200001", "result_code": "SUCCESS"}}"#
        )
        let status = try await client.quickPay(payment(1), buyerCode: "284957123456789012")
        #expect(status.state == .succeeded)
        #expect(status.reference.gatewayReference == "4200001")
        let body = try #require(transport.requests[1].json)
        #expect(body["auth_code"] == .string("284957123456789012"))
        #expect(body["service_id"] == .number("2"))
        #expect(transport.requests[1].url.path == "/api/quick-pay")
    }

    @Test func quickPayUserPayingIsProcessing() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"amount": 0.01, "currency": "USD", "out_trade_no": "ORDER-4339001", "result_code": "USERPAYING"}}"#
        )
        let status = try await client.quickPay(payment(1), buyerCode: "134567890123456789")
        #expect(status.state == .processing)
        #expect(status.gatewayStatus == "USERPAYING")
    }

    @Test func quickPayFailIsAFailedStatusWithTheRawCode() async throws {
        transport.answer(tokenAnswer)
        transport.answer(#"{"success": false, "data": {"message": "Payment failed", "result_code": "FAIL"}}"#)
        let status = try await client.quickPay(payment(1), buyerCode: "134567890123456789")
        #expect(status.state == .failed)
        #expect(status.failure == GatewayRawError(code: "FAIL", message: "Payment failed"))
    }

    @Test func buyerCodeErrorsMapToBuyerCodeInvalid() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": false, "data": {"message": "auth code expired", "result_code": "AUTHCODEEXPIRE"}}"#,
            status: 400)
        let error = await gatewayError { try await client.quickPay(payment(1), buyerCode: "134567890123456789") }
        #expect(
            error?.cashierError
                == .buyerCodeInvalid(GatewayRawError(code: "AUTHCODEEXPIRE", message: "auth code expired")))
    }

    @Test func nonDigitBuyerCodeIsRefusedBeforeSending() async {
        let error = await gatewayError { try await client.quickPay(payment(1), buyerCode: "12ab") }
        guard case .cashier(.buyerCodeInvalid) = error else {
            Issue.record("expected buyerCodeInvalid, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func echoedAmountMustMatch() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"amount": 0.30000000000000004, "currency": "USD", "out_trade_no": "ORDER-4339001", "result_code": "SUCCESS"}}"#
        )
        // An answer whose amount does not match settles nothing: the order is asked about by its number.
        let error = await gatewayError { try await client.quickPay(payment(30), buyerCode: "134567890123456789") }
        expectUnknownOutcome(error, number: "ORDER-4339001", mentioning: "bad-amount")
        transport.answer(
            #"{"success": true, "data": {"amount": 0.31, "currency": "USD", "out_trade_no": "ORDER-4339001", "result_code": "SUCCESS"}}"#
        )
        let mismatch = await gatewayError { try await client.quickPay(payment(30), buyerCode: "134567890123456789") }
        expectUnknownOutcome(
            mismatch, number: "ORDER-4339001", mentioning: "`data.amount` was sent as 0.30 but the answer says 0.31")
        #expect(transport.requests.filter { $0.url.path == "/api/quick-pay" }.count == 2)
    }

    @Test func echoedCurrencyMustMatch() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"amount": 0.01, "currency": "HKD", "out_trade_no": "ORDER-4339001", "result_code": "SUCCESS"}}"#
        )
        let error = await gatewayError { try await client.quickPay(payment(1), buyerCode: "134567890123456789") }
        expectUnknownOutcome(error, number: "ORDER-4339001", mentioning: "`data.currency` was sent as USD but the answer says HKD")
    }

    @Test func unknownStatusWordIsAnExplicitError() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"amount": 0.01, "currency": "USD", "out_trade_no": "ORDER-4339001", "result_code": "NO_SUCH_WORD"}}"#
        )
        let error = await gatewayError { try await client.quickPay(payment(1), buyerCode: "134567890123456789") }
        expectUnknownOutcome(error, number: "ORDER-4339001", mentioning: "unknown `data.result_code` value \"NO_SUCH_WORD\"")
    }

    @Test func lostQuickPayAnswerAsksStatusInsteadOfPayingAgain() async throws {
        transport.answer(tokenAnswer)
        transport.fail(.timedOut)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "service_id": 2, "out_trade_no": "ORDER-4339001", "amount": 0.01, "currency": "USD", "result_code": "SUCCESS", "message": "Payment Successful!"}}"#
        )
        let status = try await client.quickPay(payment(1), buyerCode: "134567890123456789")
        #expect(status.state == .succeeded)
        #expect(transport.requests.map(\.url.path) == ["/api/token", "/api/quick-pay", "/api/payment-status"])
    }

    /// A lost Quick Pay whose order MOTP does not know (yet) is never sent again: the outcome is
    /// unknown and the checkout keeps asking by the order number.
    @Test func lostAnswerForUnknownOrderIsNeverSentAgain() async throws {
        transport.answer(tokenAnswer)
        transport.fail(.connectionLost("reset"))
        transport.answer(
            #"{"success": false, "data": {"message": "order not found", "result_code": "ORDER_NOT_EXIST"}}"#)
        let error = await gatewayError { try await client.quickPay(payment(1), buyerCode: "134567890123456789") }
        expectUnknownOutcome(error, number: "ORDER-4339001", mentioning: "does not know it yet")
        #expect(transport.requests.map(\.url.path) == ["/api/token", "/api/quick-pay", "/api/payment-status"])
    }

    @Test func lostAnswerWithAFailingLookupIsUnconfirmedNeverResent() async {
        transport.answer(tokenAnswer)
        transport.fail(.timedOut)
        transport.fail(.timedOut)
        let error = await gatewayError { try await client.quickPay(payment(1), buyerCode: "134567890123456789") }
        expectUnknownOutcome(error, number: "ORDER-4339001", mentioning: "asking by its number failed too")
        #expect(transport.requests.map(\.url.path) == ["/api/token", "/api/quick-pay", "/api/payment-status"])
    }

    /// SYSTEMERROR, BANKERROR, a 5xx or a code the table does not know after a Quick Pay says nothing
    /// about the buyer's money: one status question by the order number, never a second Quick Pay,
    /// never a refusal.
    @Test(arguments: [
        (#"{"success": false, "data": {"message": "system busy", "result_code": "SYSTEMERROR"}}"#, 200),
        (#"{"success": false, "data": {"message": "bank", "result_code": "BANKERROR"}}"#, 200),
        (#"{"success": false, "data": {"message": "oops", "result_code": "SOMETHING_NEW"}}"#, 400),
        (#"{"success": false, "data": {"message": "server", "result_code": "SERVER"}}"#, 500),
        ("<html>Bad gateway</html>", 502),
    ])
    func unsettlingAnswersAreAskedAboutNeverResent(body: String, status: Int) async throws {
        transport.answer(tokenAnswer)
        transport.answer(body, status: status)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "out_trade_no": "ORDER-4339001", "amount": 0.01, "currency": "USD", "result_code": "SUCCESS"}}"#
        )
        let paid = try await client.quickPay(payment(1), buyerCode: "134567890123456789")
        #expect(paid.state == .succeeded)
        #expect(transport.requests.map(\.url.path) == ["/api/token", "/api/quick-pay", "/api/payment-status"])
    }

    @Test func lostNativeAnswerForAnExistingOrderIsUnconfirmed() async {
        transport.answer(tokenAnswer)
        transport.fail(.timedOut)
        transport.answer(
            #"{"success": true, "data": {"is_success": false, "out_trade_no": "ORDER-4339001", "result_code": "USERPAYING"}}"#
        )
        let error = await gatewayError { try await client.startQRPayment(payment(1)) }
        #expect(
            error
                == .unconfirmed(
                    orderNumber: "ORDER-4339001", reason: "MOTP has the order but its QR code answer was lost"))
    }

    @Test func usedOrderNumberLeadsToAStatusQuery() async throws {
        transport.answer(tokenAnswer)
        transport.answer(#"{"success": false, "data": {"message": "used", "result_code": "OUT_TRADE_NO_USED"}}"#)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "out_trade_no": "ORDER-4339001", "amount": 0.01, "currency": "USD", "result_code": "SUCCESS"}}"#
        )
        let status = try await client.quickPay(payment(1), buyerCode: "134567890123456789")
        #expect(status.state == .succeeded)
        #expect(transport.requests.map(\.url.path) == ["/api/token", "/api/quick-pay", "/api/payment-status"])
    }

    /// A token refused with 429 is "try later", not a refusal for good: a refund resent then must not
    /// be recorded failed.
    @Test func tokenRefusedWithTooManyRequestsIsUnavailable() async {
        transport.answer(#"{"success": false, "data": {"message": "slow down", "result_code": "SLOW_DOWN"}}"#, status: 429)
        // Without a token the create is never sent: nothing can have moved, and the cashier may try again.
        let error = await gatewayError { try await client.startQRPayment(payment(1)) }
        guard case .cashier(.notReached)? = error else {
            Issue.record("expected notReached, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.map(\.url.path) == ["/api/token"])
    }

    @Test func notSentIsUnavailableWithoutALookup() async {
        transport.fail(.notSent("refused"))
        let error = await gatewayError { try await client.startQRPayment(payment(1)) }
        guard case .cashier(.notReached) = error else {
            Issue.record("expected notReached, got \(String(describing: error))")
            return
        }
        #expect(error?.settlesRequest == true)
        #expect(transport.requests.count == 1)
    }

    @Test func documentedPaymentStatusExampleWithoutResultCodeReadsAsSuccess() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "service_id": 30, "out_trade_no": "ORDER-433", "amount": 0.01, "out_trade_no": "ORDER-433", "out_refund_no": "REFUND-433", "currency": "USD", "message": "Payment Successful!"}}"#
        )
        let reference = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
        #expect(try await client.paymentStatus(reference).state == .succeeded)
    }

    @Test func refundSendsDocumentedBodyAndChecksEchoes() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"service_id": 30, "store_id": 109038, "refund_amount": 0.01, "currency": "USD", "out_trade_no": "ORDER-433", "out_refund_no": "REFUND-433-1", "transaction_id": "420000", "result_code": "SUCCESS"}}"#
        )
        let paid = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 5, currency: usd))
        let status = try await client.refund(
            RefundRequest(
                refundNumber: "REFUND-433-1", payment: paid, amount: Money(minorUnits: 1, currency: usd), reason: "...."
            ))
        #expect(status.state == .succeeded)
        #expect(
            transport.requests[1].bodyText
                == #"{"service_id":30,"store_id":"109038","refund_amount":0.01,"out_trade_no":"ORDER-433","out_refund_no":"REFUND-433-1","reason":"...."}"#
        )
    }

    @Test func refundStatusProcessingIsPending() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": false, "out_trade_no": "ORDER-433", "out_refund_no": "R-1", "amount": 0.01, "currency": "USD", "result_code": "PROCESSING"}}"#
        )
        let paid = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
        let status = try await client.refundStatus(
            RefundReference(refundNumber: "R-1", payment: paid, amount: Money(minorUnits: 1, currency: usd)))
        #expect(status.state == .pending)
        #expect(transport.requests[1].url.path == "/api/refund-status")
    }

    @Test func refundStatusForAnotherRefundNumberIsAMismatch() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "out_trade_no": "ORDER-433", "out_refund_no": "R-2", "amount": 0.01, "currency": "USD", "result_code": "SUCCESS"}}"#
        )
        let paid = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
        let error = await gatewayError {
            try await client.refundStatus(
                RefundReference(refundNumber: "R-1", payment: paid, amount: Money(minorUnits: 1, currency: usd)))
        }
        guard case .cashier(.unexpectedAnswer) = error else {
            Issue.record("expected a mismatch, got \(String(describing: error))")
            return
        }
    }

    @Test func refundLargerThanThePaymentIsRefusedBeforeSending() async {
        let paid = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
        let error = await gatewayError {
            try await client.refund(
                RefundRequest(refundNumber: "R-1", payment: paid, amount: Money(minorUnits: 2, currency: usd)))
        }
        guard case .cashier(.configuration) = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func lostRefundAnswerAsksTheRefundStatus() async throws {
        transport.answer(tokenAnswer)
        transport.fail(.timedOut)
        transport.answer(
            #"{"success": true, "data": {"is_success": true, "out_trade_no": "ORDER-433", "out_refund_no": "R-1", "amount": 0.01, "currency": "USD", "result_code": "SUCCESS"}}"#
        )
        let paid = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
        let status = try await client.refund(
            RefundRequest(refundNumber: "R-1", payment: paid, amount: Money(minorUnits: 1, currency: usd)))
        #expect(status.state == .succeeded)
        #expect(transport.requests.map(\.url.path) == ["/api/token", "/api/refund", "/api/refund-status"])
    }

    @Test func serverErrorWithoutEnvelopeIsUnavailable() async {
        transport.answer(tokenAnswer)
        transport.answer("<html>Bad Gateway</html>", status: 502)
        let reference = PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
        let error = await gatewayError { try await client.paymentStatus(reference) }
        guard case .cashier(.gatewayUnavailable) = error else {
            Issue.record("expected gatewayUnavailable, got \(String(describing: error))")
            return
        }
    }

    @Test func nativePayAnswerWithoutSuccessCodeIsAnError() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"qr_code": "weixin://x", "amount": 0.01, "out_trade_no": "ORDER-4339001"}}"#)
        let error = await gatewayError { try await client.startQRPayment(payment(1)) }
        expectUnknownOutcome(error, number: "ORDER-4339001", mentioning: "data.result_code")
        transport.answer(
            #"{"success": true, "data": {"qr_code": "weixin://x", "amount": 0.01, "out_trade_no": "ORDER-4339001", "result_code": "USERPAYING"}}"#
        )
        let odd = await gatewayError { try await client.startQRPayment(payment(1)) }
        expectUnknownOutcome(odd, number: "ORDER-4339001", mentioning: "USERPAYING")
    }

    @Test func wrongCurrencyIsAConfigurationError() async {
        let yen = PaymentRequest(orderNumber: order(), amount: Money(minorUnits: 150, currency: jpy), brand: .wechatPay)
        let error = await gatewayError { try await client.startQRPayment(yen) }
        #expect(error == .cashier(.configuration("the MOTP account takes USD, not JPY")))
    }
}
