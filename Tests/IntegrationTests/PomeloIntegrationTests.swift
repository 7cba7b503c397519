import Foundation
import Gateways
import Sandbox
import Testing
import TillCore
import TillTesting
import Wire

@Suite("Pomelo connector against the live sandbox", .timeLimit(.minutes(1)))
struct PomeloIntegrationTests {
    private func request(_ sandbox: LiveSandbox, _ order: MerchantOrderNumber, _ pence: Int64 = 2000) -> PaymentRequest {
        PaymentRequest(orderNumber: order, amount: Money(minorUnits: pence, currency: sandbox.pound), brand: .card, description: "Cake")
    }

    @Test func aTransactionPaidByTheBuyerIsConfirmed() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.pomelo()
        let order = orderNumber("PH")
        let start = try await client.startQRPayment(request(sandbox, order))
        #expect(start.qrPayload.hasPrefix("https://"))
        #expect(try await client.paymentStatus(start.reference).state == .awaitingBuyer)
        try await sandbox.buyer(.pay, order.rawValue)
        let paid = try await client.paymentStatus(start.reference)
        #expect(paid.state == .succeeded)
        #expect(paid.gatewayStatus == "CONFIRMED")
        // Pomelo v2.0 has no refund call: the connector does not adopt the capability at all.
        #expect(!((client as any PaymentGateway) is any RefundingGateway))
    }

    @Test func aCancelledTransactionEndsUnpaid() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.pomelo()
        let order = orderNumber("PC")
        let start = try await client.startQRPayment(request(sandbox, order))
        try await sandbox.buyer(.decline, order.rawValue)
        let state = try await client.paymentStatus(start.reference).state
        #expect(state == .failed || state == .canceled, "\(state)")
    }

    @Test func aWrongAPIKeyIsRefused() async throws {
        let sandbox = try LiveSandbox()
        do {
            _ = try await sandbox.pomelo(apiKey: "pp_wrong_key_000").startQRPayment(request(sandbox, orderNumber("PW")))
            Issue.record("a wrong key must be refused")
        } catch {
            guard case .cashier(.requestRefused(let raw)) = error else {
                Issue.record("expected requestRefused, got \(error)")
                return
            }
            #expect(raw?.code == "PP-01-01")
            #expect(!error.description.contains("pp_wrong_key"))
        }
        #expect(try await sandbox.payments().isEmpty)
    }

    @Test func aDuplicateLocalIDLeavesOneTransaction() async throws {
        let sandbox = try LiveSandbox()
        let client = sandbox.pomelo()
        let order = orderNumber("PD")
        let first = try await client.startQRPayment(request(sandbox, order))
        do {
            let again = try await client.startQRPayment(request(sandbox, order))
            #expect(again.reference.gatewayReference == first.reference.gatewayReference)
        } catch {
            guard case .cashier(.requestRefused(let raw)) = error else {
                Issue.record("expected the same transaction or a refusal, got \(error)")
                return
            }
            #expect(raw?.code == "PP-02-12")
        }
        #expect(try await sandbox.payments().filter { $0.gateway == .pomelo }.count == 1)
    }

    @Test func aLostCreateAnswerIsFoundByLocalID() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.pomelo, lost(0.5), rate: 0.5))
        let client = sandbox.pomelo()
        let start = try await client.startQRPayment(request(sandbox, orderNumber("PL")))
        #expect(start.qrPayload.hasPrefix("https://"), "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/transactions") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().count == 1)
    }

    @Test func a500IsGatewayUnavailableAndCreatesNothing() async throws {
        let sandbox = try LiveSandbox(faults: SeededFaults.firstOnly(.pomelo, serverError(0.5), rate: 0.5))
        do {
            _ = try await sandbox.pomelo().startQRPayment(request(sandbox, orderNumber("P5")))
            Issue.record("a 500 is not a transaction")
        } catch {
            guard case .unconfirmed(_, let reason) = error else {
                Issue.record("a 500 settles nothing: expected an unknown outcome, got \(error)")
                return
            }
            #expect(reason.contains("PP-50-00"), "\(reason)")
        }
        #expect(sandbox.transport.count("POST", "/transactions") == 1, "\(sandbox.transport.trace)")
        #expect(try await sandbox.payments().isEmpty)
    }

    @Test func anEchoedAmountThatDiffersIsAMismatch() async throws {
        let sandbox = try LiveSandbox(rewrite: { request, response in
            guard request.method == "POST" else { return response }
            let text = String(decoding: response.body, as: UTF8.self).replacingOccurrences(of: "2000", with: "200")
            return HTTPResponse(status: response.status, headers: response.headers, body: Data(text.utf8))
        })
        do {
            _ = try await sandbox.pomelo().startQRPayment(request(sandbox, orderNumber("PA")))
            Issue.record("200 is not the 2000 asked")
        } catch {
            guard case .cashier(.unexpectedAnswer) = error else {
                Issue.record("expected unexpectedAnswer, got \(error)")
                return
            }
        }
    }

    @Test func theSandboxWebhookVerifiesAndATamperedOneDoesNot() async throws {
        let sandbox = try LiveSandbox()
        let client = PomeloClient(
            settings: PomeloSettings(
                apiKey: Secret(TestCredentials.pomeloAPIKey), appID: TestCredentials.pomeloClientID, currencies: [sandbox.pound],
                baseURL: sandbox.url("/pomelo/public"), webhookURL: "https://shop.example/pomelo"),
            transport: sandbox.transport)
        let order = orderNumber("PW")
        _ = try await client.startQRPayment(request(sandbox, order))
        try await sandbox.buyer(.pay, order.rawValue)
        await sandbox.deliverWebhooks()
        let delivery = try #require(sandbox.webhooks.requests.last)
        let verifier = PomeloWebhookVerifier(apiKey: Secret(TestCredentials.pomeloAPIKey))
        let transaction = try verifier.verify(body: delivery.body)
        #expect(transaction.localID == order.rawValue)
        let tampered = Data(String(decoding: delivery.body, as: UTF8.self).replacingOccurrences(of: "2000", with: "1").utf8)
        #expect(throws: PomeloWebhookVerifier.Failure.signatureMismatch) { _ = try verifier.verify(body: tampered) }
    }
}
