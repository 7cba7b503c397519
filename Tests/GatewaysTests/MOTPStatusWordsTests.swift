import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// MOTP's status answers as the document writes them (`is_success` without `result_code`), the
/// wallets' micropay words a real MOTP passes through, and the configurable refund `service_id`.
@Suite struct MOTPStatusWordsTests {
    let transport = RecordingTransport()
    let clock = TestNow()
    let tokenAnswer = #"{"success": true, "data": {"message": "SUCCESS", "token": "eyJ0eXAiOiJKV1Q.one"}}"#
    var reference: PaymentReference {
        PaymentReference(orderNumber: order("ORDER-433"), amount: Money(minorUnits: 1, currency: usd))
    }

    func client(refundServiceID: Int = 30) -> MOTPClient {
        MOTPClient(
            settings: MOTPSettings(
                baseURL: URL(string: "https://motp.example/")!, user: "till", password: Secret("pa55word-very-secret"),
                storeID: "109038", currency: usd, refundServiceID: refundServiceID),
            transport: transport, now: clock.now)
    }

    /// The document's CHECK PAYMENT STATUS example, with `is_success: false`: not paid yet.
    @Test func documentedStatusExampleNotYetPaidKeepsWaiting() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": false, "service_id": 30, "out_trade_no": "ORDER-433", "amount": 0.01, "currency": "USD", "message": "Payment Pending"}}"#
        )
        let status = try await client().paymentStatus(reference)
        #expect(status.state == .awaitingBuyer)
        #expect(status.gatewayStatus == "is_success: false")
        #expect(status.failure == nil)
        #expect(!status.state.isFinal)
    }

    /// The same answer read in the middle of a Quick Pay: still not final, never failed.
    @Test func notPaidYetIsNeverAFailureWhateverTheAmountEcho() async throws {
        transport.answer(tokenAnswer)
        transport.answer(#"{"success": true, "data": {"is_success": false, "out_trade_no": "ORDER-433"}}"#)
        let status = try await client().paymentStatus(reference)
        #expect(status.state == .awaitingBuyer)
    }

    @Test(arguments: [
        ("NOTPAY", AttemptState.awaitingBuyer, false), ("USERPAYING", .processing, false), ("PAYERROR", .failed, false),
        ("REVOKED", .canceled, false), ("CLOSED", .canceled, false), ("REVERSED", .canceled, false),
        ("REFUND", .succeeded, false), ("REFUND", .succeeded, true), ("SUCCESS", .succeeded, true),
        ("FAIL", .failed, false),
    ])
    func micropayWordsAreMapped(_ word: String, _ state: AttemptState, _ isSuccess: Bool) async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": \#(isSuccess), "out_trade_no": "ORDER-433", "amount": 0.01, "currency": "USD", "transaction_id": "4200", "result_code": "\#(word)"}}"#
        )
        let status = try await client().paymentStatus(reference)
        #expect(status.state == state)
        #expect(status.gatewayStatus == word)
        #expect((status.failure != nil) == (state == .failed || state == .canceled))
    }

    /// A refusal envelope (`success: false`) that carries a final word is that word, not a refusal.
    @Test func payErrorInARefusalEnvelopeIsAFailedPayment() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": false, "data": {"out_trade_no": "ORDER-433", "message": "payment failed", "result_code": "PAYERROR"}}"#
        )
        let status = try await client().paymentStatus(reference)
        #expect(status.state == .failed)
        #expect(status.failure == GatewayRawError(code: "PAYERROR", message: "payment failed"))
    }

    /// A paid order that was refunded never reads as unpaid: the amount and order must still echo.
    @Test func refundedOrderIsPaidAndChecksItsEchoes() async {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": false, "out_trade_no": "ORDER-433", "amount": 0.02, "result_code": "REFUND"}}"#
        )
        let error = await gatewayError { try await client().paymentStatus(reference) }
        #expect(error == AnswerError.mismatch("data.amount", sent: "0.01", echoed: "0.02"))
    }

    @Test(arguments: [
        ("SUCCESS", RefundState.succeeded), ("PROCESSING", .pending), ("REFUNDCLOSE", .failed), ("CHANGE", .failed),
        ("PAYERROR", .failed), ("REVOKED", .failed),
    ])
    func refundWordsAreMapped(_ word: String, _ state: RefundState) async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"out_trade_no": "ORDER-433", "out_refund_no": "R-1", "amount": 0.01, "currency": "USD", "result_code": "\#(word)"}}"#
        )
        let status = try await client().refundStatus(
            RefundReference(refundNumber: "R-1", payment: reference, amount: Money(minorUnits: 1, currency: usd)))
        #expect(status.state == state)
    }

    /// The document's CHECK REFUND STATUS example with `is_success: false`: not refunded yet.
    @Test func documentedRefundStatusExampleNotYetDoneIsPending() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"is_success": false, "service_id": 30, "out_trade_no": "ORDER-433", "amount": 0.01, "out_refund_no": "R-1", "currency": "USD", "message": "Refund Processing"}}"#
        )
        let status = try await client().refundStatus(
            RefundReference(refundNumber: "R-1", payment: reference, amount: Money(minorUnits: 1, currency: usd)))
        #expect(status.state == .pending)
        #expect(status.gatewayStatus == "is_success: false")
    }

    @Test func refundIsSentWithTheConfiguredServiceID() async throws {
        transport.answer(tokenAnswer)
        transport.answer(
            #"{"success": true, "data": {"service_id": 7, "store_id": 109038, "refund_amount": 0.01, "currency": "USD", "out_trade_no": "ORDER-433", "out_refund_no": "R-1", "transaction_id": "420000", "result_code": "SUCCESS"}}"#
        )
        let status = try await client(refundServiceID: 7).refund(
            RefundRequest(refundNumber: "R-1", payment: reference, amount: Money(minorUnits: 1, currency: usd)))
        #expect(status.state == .succeeded)
        #expect(transport.requests[1].json?["service_id"]?.int64 == 7)
    }

    @Test func refundServiceIDDefaultsToTheDocumentsThirty() {
        #expect(client().settings.refundServiceID == 30)
    }
}
