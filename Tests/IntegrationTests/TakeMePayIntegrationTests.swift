import Foundation
import Gateways
import Sandbox
import Testing
import TillCore
import TillTesting
import Wire

@Suite("TakeMe Pay connector against the live sandbox", .timeLimit(.minutes(1)))
struct TakeMePayIntegrationTests {
    private func request(_ sandbox: LiveSandbox, _ order: MerchantOrderNumber, _ yen: Int64 = 1500) -> PaymentRequest {
        PaymentRequest(orderNumber: order, amount: Money(minorUnits: yen, currency: sandbox.yen), brand: .wechatPay)
    }

    @Test func aSourcePaidByTheBuyerIsChargedThenRefunded() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.takeMePay()
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KH")))
        #expect(!start.qrPayload.isEmpty)
        let source = try #require(start.reference.gatewayReference)
        #expect(try await client.paymentStatus(start.reference).state == .awaitingBuyer)
        try await sandbox.buyer(.pay, source)
        let paid = try await client.paymentStatus(start.reference)
        #expect(paid.state == .succeeded)
        #expect(paid.reference.chargeID != nil)
        #expect(sandbox.transport.count("POST", "/charges") == 1)
        let refund = try await client.refund(RefundRequest(refundNumber: "KR1", payment: paid.reference, amount: paid.reference.amount))
        #expect(refund.state == .pending)
        #expect(try await client.refundStatus(refund.reference).state == .succeeded)
    }

    @Test func aChargeEndingIn94IsPendingThenSucceeds() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.takeMePay()
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KP"), 1594))
        try await sandbox.buyer(.pay, try #require(start.reference.gatewayReference))
        let pending = try await client.paymentStatus(start.reference)
        #expect(pending.state == .processing)
        var later: [AttemptState] = []
        for _ in 0..<2 { later.append(try await client.paymentStatus(pending.reference).state) }
        // The sandbox: `pending` on creation and on the first GET /charges/:id, `succeeded` on the second.
        #expect(later == [.processing, .succeeded], "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/charges") == 1)
    }

    @Test func aDeclinedSourceFails() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.takeMePay()
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KD")))
        try await sandbox.buyer(.decline, try #require(start.reference.gatewayReference))
        #expect(try await client.paymentStatus(start.reference).state == .failed)
        #expect(sandbox.transport.count("POST", "/charges") == 0)
    }

    @Test func aRefundEndingIn82Fails() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.takeMePay()
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KF"), 1582))
        try await sandbox.buyer(.pay, try #require(start.reference.gatewayReference))
        let paid = try await client.paymentStatus(start.reference)
        let refund = try await client.refund(RefundRequest(refundNumber: "KR2", payment: paid.reference, amount: paid.reference.amount))
        #expect(try await client.refundStatus(refund.reference).state == .failed)
    }

    @Test func aWrongSecretKeyIsRefusedAndNeverCharges() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.takeMePay(secretKey: "sk_test_not_the_key_000000000000")
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KW")))
        try await sandbox.buyer(.pay, try #require(start.reference.gatewayReference))
        do {
            _ = try await client.paymentStatus(start.reference)
            Issue.record("a wrong key cannot charge")
        } catch {
            guard case .cashier(.requestRefused) = error else {
                Issue.record("expected requestRefused, got \(error)")
                return
            }
            #expect(!error.description.contains("sk_test_not_the_key"))
        }
        #expect(try await sandbox.payments().filter { $0.state == "succeeded" }.isEmpty)
    }

    @Test func aLostSourceAnswerIsFoundInTheListNotCreatedAgain() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.takemepay, lost(0.5), rate: 0.5))
        let client = sandbox.takeMePay()
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KL")))
        #expect(!start.qrPayload.isEmpty, "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/sources") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().count == 1)
    }

    @Test func a500OnCreateIsGatewayUnavailableAndCreatesNothing() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.takemepay, serverError(0.5), rate: 0.5))
        do {
            _ = try await sandbox.takeMePay().startQRPayment(request(sandbox, orderNumber("K5")))
            Issue.record("a 500 is not a source")
        } catch {
            guard case .unconfirmed = error else {
                Issue.record("a 500 settles nothing: expected an unknown outcome, got \(error)")
                return
            }
        }
        #expect(sandbox.transport.count("POST", "/sources") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().isEmpty)
    }

    @Test func anEchoedAmountThatDiffersIsAMismatch() async throws {
        let sandbox = try LiveSandbox(rewrite: { request, response in
            guard request.method == "POST", request.url.path.hasSuffix("/sources") else { return response }
            let text = String(decoding: response.body, as: UTF8.self).replacingOccurrences(of: "1500", with: "15000")
            return HTTPResponse(status: response.status, headers: response.headers, body: Data(text.utf8))
        })
        do {
            _ = try await sandbox.takeMePay().startQRPayment(request(sandbox, orderNumber("KA")))
            Issue.record("15000 is not the 1500 asked")
        } catch {
            guard case .cashier(.unexpectedAnswer) = error else {
                Issue.record("expected unexpectedAnswer, got \(error)")
                return
            }
        }
    }

    @Test func theSandboxWebhookVerifiesAndAForgedOneDoesNot() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.takeMePay()
        let hook = try await client.api.createWebhook(url: "http://127.0.0.1:9/takemepay", enabledEvents: ["source.updated", "charge.updated"])
        let secret = try #require(hook.secret)
        let start = try await client.startQRPayment(request(sandbox, orderNumber("KW")))
        try await sandbox.buyer(.pay, try #require(start.reference.gatewayReference))
        await sandbox.deliverWebhooks()
        let delivery = try #require(sandbox.webhooks.requests.first)
        let header = try #require(delivery.headers.first { $0.name.lowercased() == "takemepay-signature" }?.value)
        let clock = sandbox.clock
        let verifier = TakeMePayWebhookVerifier(secrets: [secret], now: { clock.now })
        #expect(throws: Never.self) { try verifier.verify(signatureHeader: header, body: delivery.body) }
        var forged = delivery.body
        forged.append(contentsOf: Array(" ".utf8))
        #expect(throws: TakeMePayWebhookVerifier.Failure.noMatchingSignature) { try verifier.verify(signatureHeader: header, body: forged) }
        let stranger = TakeMePayWebhookVerifier(secrets: [Secret("wesec_someone_else")], now: { clock.now })
        #expect(throws: TakeMePayWebhookVerifier.Failure.noMatchingSignature) { try stranger.verify(signatureHeader: header, body: delivery.body) }
    }
}

@Suite("TakeMe Pay charges: lost answers against the live sandbox", .timeLimit(.minutes(1)))
struct TakeMePayChargeFaultTests {
    @Test func aLostChargeAnswerNeverChargesTwice() async throws {
        // Requests: POST /sources, GET /sources/:id, POST /charges (answer lost), then clean.
        let plan = SeededFaults.plan(.takemepay, rates: lost(0.5), rate: 0.5, pattern: [false, false, true] + Array(repeating: false, count: 8))
        let sandbox = try LiveSandbox(faults: plan)
        let client = sandbox.takeMePay()
        let start = try await client.startQRPayment(
            PaymentRequest(orderNumber: orderNumber("KC"), amount: Money(minorUnits: 2500, currency: sandbox.yen), brand: .wechatPay))
        try await sandbox.buyer(.pay, try #require(start.reference.gatewayReference))
        var status = try await client.paymentStatus(start.reference)
        if status.state != .succeeded { status = try await client.paymentStatus(status.reference) }
        #expect(status.state == .succeeded, "\(sandbox.transport.trace)")
        #expect(status.reference.chargeID != nil)
        let charges = try await client.api.listCharges()
        #expect(charges.items.count == 1, "\(sandbox.transport.trace)")
    }
}
