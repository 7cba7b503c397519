import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// Pomelo, with the documents' example body, signatures and webhook bodies.
@Suite struct PomeloTests {
    let transport = RecordingTransport()
    let apiKey = Secret("mysecretkey")
    let gbp = Currency(code: "GBP", numericCode: 826, minorUnitExponent: 2, name: "Pound sterling", symbol: "£")
    let client: PomeloClient

    init() {
        client = PomeloClient(
            settings: PomeloSettings(
                apiKey: Secret("mysecretkey"), appID: "12345789",
                currencies: [
                    Currency(code: "GBP", numericCode: 826, minorUnitExponent: 2, name: "Pound sterling", symbol: "£")
                ],
                appVersion: "vendingSoftware1.0", signMethod: .sha1, provider: "card",
                webhookURL: "https://www.foo.bar/hookIn/123", lookupPages: 3),
            transport: transport, now: clock.now)
    }
    let clock = TestNow()

    var payment: PaymentRequest {
        PaymentRequest(
            orderNumber: order("123456789"), amount: Money(minorUnits: 2000, currency: gbp), brand: .card,
            description: "invoice 1")
    }

    /// The documents' formula on their own example input, computed independently (Python hashlib).
    @Test func signaturesOfTheDocumentedExample() {
        #expect(
            PomeloSignature.sign(amount: 2000, currency: "GBP", apiKey: apiKey, method: .md5)
                == "3P+K4x+pdLPRv40Dq8NJ1g==")
        #expect(
            PomeloSignature.sign(amount: 2000, currency: "GBP", apiKey: apiKey, method: .sha1)
                == "36ecfb292852ccae1f79fb845d34a83ef22aeb0a")
    }

    /// The documents' example transaction carries `mMBR0TXWHvuno/8su3SKMg==` with `signMethod: sha1`:
    /// that is the form of an md5 base64 signature, not a sha1 hex one, and it is not the signature of
    /// the example with `mysecretkey` by either method (the example's key is not given).
    @Test func documentedExampleSignatureIsNotReproducible() {
        for method in PomeloSignature.Method.allCases {
            #expect(
                PomeloSignature.sign(amount: 2000, currency: "GBP", apiKey: apiKey, method: method)
                    != "mMBR0TXWHvuno/8su3SKMg==")
        }
        #expect(PomeloSignature.method(of: "mMBR0TXWHvuno/8su3SKMg==") == .md5)
    }

    func transactionJSON(
        state: String = "QR_CODE_GENERATED", amount: Int = 2000,
        signature: String = "36ecfb292852ccae1f79fb845d34a83ef22aeb0a", localID: String = "123456789",
        id: String = "5e22e1037ac57f000841efff"
    ) -> String {
        #"{"id": "\#(id)", "localId": "\#(localID)", "customerReference": "invoice 1", "state": "\#(state)", "created": "2020-01-02T10:42:14.898Z", "signature": "\#(signature)", "amount": \#(amount), "currency": "GBP", "provider": "card", "qrCode": {"url": "https://example.org/code.png"}}"#
    }

    @Test func createSendsTheDocumentedBodyAndHeaders() async throws {
        transport.answer(transactionJSON(), status: 201)
        transport.answer("<!doctype html><p>checkout</p>")  // qrCode.url serves no image: shown as it is
        let start = try await client.startQRPayment(payment)
        #expect(start.qrPayload == "https://example.org/code.png")
        #expect(start.state == .awaitingBuyer)
        #expect(start.reference.gatewayReference == "5e22e1037ac57f000841efff")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://api.pomelopay.com/public/transactions")
        #expect(request.header("Authorization") == "mysecretkey")
        #expect(request.header("Accept") == "application/json")
        #expect(request.header("Content-Type") == "application/json")
        #expect(
            request.bodyText
                == #"{"localId":"123456789","customerReference":"invoice 1","signature":"36ecfb292852ccae1f79fb845d34a83ef22aeb0a","amount":2000,"currency":"GBP","provider":"card","appVersion":"vendingSoftware1.0","apiVersion":"2.0","deviceId":"12345789","signMethod":"sha1","webhook":"https://www.foo.bar/hookIn/123","expires":"2023-11-14T23:14:20.000Z"}"#
        )
    }

    @Test func answerWithAWrongSignatureIsRefused() async {
        transport.answer(transactionJSON(signature: "0000000000000000000000000000000000000000"))
        let error = await gatewayError { try await client.startQRPayment(payment) }
        #expect(
            error
                == .cashier(
                    .unexpectedAnswer(
                        GatewayRawError(code: "signature", message: "the transaction's signature does not match"))))
    }

    @Test func answerWithAnotherAmountIsRefused() async {
        transport.answer(transactionJSON(amount: 200))
        let error = await gatewayError { try await client.startQRPayment(payment) }
        #expect(error == AnswerError.mismatch("amount", sent: "2000", echoed: "200"))
    }

    @Test func belowTheMinimumIsRefusedBeforeSending() async {
        let small = PaymentRequest(orderNumber: order("1"), amount: Money(minorUnits: 99, currency: gbp), brand: .card)
        let error = await gatewayError { try await client.startQRPayment(small) }
        guard case .cashier(let refusal) = error, case .amountNotAccepted = refusal else {
            Issue.record("expected a refusal of the amount, got \(String(describing: error))")
            return
        }
        #expect(refusal.message == "Pomelo Pay takes at least 1.00 GBP per payment. Charge a larger amount, or choose another brand.")
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [
        ("QR_CODE_GENERATED", AttemptState.awaitingBuyer), ("CONFIRMED", .succeeded), ("CANCELLED", .canceled),
        ("REFUND_REQUESTED", .succeeded), ("REFUNDED", .succeeded),
    ])
    func statesMap(_ word: String, _ state: AttemptState) async throws {
        transport.answer(transactionJSON(state: word))
        let reference = PaymentReference(
            orderNumber: order("123456789"), amount: Money(minorUnits: 2000, currency: gbp),
            gatewayReference: "5e22e1037ac57f000841efff")
        let status = try await client.paymentStatus(reference)
        #expect(status.state == state)
        #expect(status.gatewayStatus == word)
        #expect(
            transport.requests[0].url.absoluteString
                == "https://api.pomelopay.com/public/transactions/5e22e1037ac57f000841efff")
        #expect(transport.requests[0].method == "GET")
    }

    @Test func unknownStateIsAnError() async {
        transport.answer(transactionJSON(state: "PAID"))
        let reference = PaymentReference(
            orderNumber: order("123456789"), amount: Money(minorUnits: 2000, currency: gbp), gatewayReference: "x")
        let error = await gatewayError { try await client.paymentStatus(reference) }
        #expect(error == AnswerError.unknownStatus("PAID", field: "state"))
    }

    @Test func documentedErrorEnvelopeKeepsTheCode() async {
        transport.answer(#"{"code": "PP-01-04", "message": "Transaction not found"}"#, status: 404)
        let reference = PaymentReference(
            orderNumber: order("123456789"), amount: Money(minorUnits: 2000, currency: gbp), gatewayReference: "x")
        let error = await gatewayError { try await client.paymentStatus(reference) }
        #expect(error == .cashier(.requestRefused(GatewayRawError(code: "PP-01-04", message: "Transaction not found"))))
        transport.answer(#"{"code": "PP-00-00", "message": "Internal"}"#, status: 500)
        let down = await gatewayError { try await client.paymentStatus(reference) }
        #expect(down == .cashier(.gatewayUnavailable(GatewayRawError(code: "PP-00-00", message: "Internal"))))
    }

    @Test func lostCreateAnswerIsFoundByLocalIdInThePages() async throws {
        transport.fail(.timedOut)
        transport.answer(
            #"{"count": 3, "items": [\#(transactionJSON(localID: "other-1", id: "a")), \#(transactionJSON(localID: "other-2", id: "b"))]}"#
        )
        transport.answer(#"{"count": 3, "items": [\#(transactionJSON())]}"#)
        transport.answer("<!doctype html><p>checkout</p>")  // qrCode.url serves no image: shown as it is
        let start = try await client.startQRPayment(payment)
        #expect(start.reference.gatewayReference == "5e22e1037ac57f000841efff")
        #expect(
            transport.requests.map(\.url.absoluteString) == [
                "https://api.pomelopay.com/public/transactions",
                "https://api.pomelopay.com/public/transactions?page=1",
                "https://api.pomelopay.com/public/transactions?page=2",
                "https://example.org/code.png",
            ])
    }

    @Test func lostCreateAnswerNotInTheListIsNeverSentAgain() async throws {
        transport.fail(.connectionLost("reset"))
        transport.answer(#"{"count": 0, "items": []}"#)
        let error = await gatewayError { try await client.startQRPayment(payment) }
        expectUnknownOutcome(error, number: payment.orderNumber.rawValue, mentioning: "does not know it yet")
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test func statusWithoutIdLooksUpByLocalId() async throws {
        transport.answer(#"{"count": 1, "items": [\#(transactionJSON(state: "CONFIRMED"))]}"#)
        let reference = PaymentReference(
            orderNumber: order("123456789"), amount: Money(minorUnits: 2000, currency: gbp))
        #expect(try await client.paymentStatus(reference).state == .succeeded)
        transport.answer(#"{"count": 0, "items": []}"#)
        #expect(try await client.paymentStatus(reference).state == .canceled)
    }

    @Test func webhookSignatureIsRecomputed() throws {
        let verifier = PomeloWebhookVerifier(apiKey: apiKey)
        for signature in ["36ecfb292852ccae1f79fb845d34a83ef22aeb0a", "3P+K4x+pdLPRv40Dq8NJ1g=="] {
            let body =
                #"{"localId": "123456789", "customerReference": "invoice 1", "transactionId": "5e22e1037ac57f000841efff", "state": "CONFIRMED", "created": "2020-01-02T10:42:14.898Z", "signature": "\#(signature)", "amount": 2000, "currency": "GBP", "provider": "card", "qrCode": {"url": "https://example.org/code.png"}}"#
            let transaction = try verifier.verify(body: Data(body.utf8))
            #expect(transaction.id == "5e22e1037ac57f000841efff")
            #expect(transaction.state == "CONFIRMED")
        }
    }

    @Test func webhookWithTamperedAmountOrTheDocumentsSignatureIsRefused() {
        let verifier = PomeloWebhookVerifier(apiKey: apiKey)
        let tampered =
            #"{"transactionId": "t", "state": "CONFIRMED", "signature": "36ecfb292852ccae1f79fb845d34a83ef22aeb0a", "amount": 20000, "currency": "GBP"}"#
        #expect(throws: PomeloWebhookVerifier.Failure.signatureMismatch) {
            try verifier.verify(body: Data(tampered.utf8))
        }
        let documented =
            #"{"transactionId": "t", "state": "CONFIRMED", "signature": "mMBR0TXWHvuno/8su3SKMg==", "amount": 2000, "currency": "GBP"}"#
        #expect(throws: PomeloWebhookVerifier.Failure.signatureMismatch) {
            try verifier.verify(body: Data(documented.utf8))
        }
        #expect(throws: PomeloWebhookVerifier.Failure.missingField("signature")) {
            try verifier.verify(body: Data(#"{"amount": 1}"#.utf8))
        }
    }
}

/// The image at `qrCode.url`, against scripted answers: what is an image, what is not, and that
/// the API key never goes with the image request.
@Suite struct PomeloQRImageTests {
    let transport = RecordingTransport()

    func payload(_ address: String, base: String = "https://api.pomelopay.com/public") async throws(GatewayError) -> String {
        try await PomeloQRImage(exchange: Exchange(transport: transport), baseURL: URL(string: base)!).payload(at: address)
    }

    @Test func aPageIsShownAsTheAddressAndTheKeyIsNotSent() async throws {
        transport.answer("<!doctype html>")
        #expect(try await payload("https://cdn.example/qr/1.png") == "https://cdn.example/qr/1.png")
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.header("Authorization") == nil)
    }

    @Test func failedFetchesAreQRImageErrors() async {
        // A damaged PNG is met over HTTP (the sandbox's amounts ending in 97): this script holds text only.
        transport.answer("busy", status: 503)
        transport.fail(.connectionLost("reset"))
        for _ in 0..<2 {
            let error = await gatewayError { try await payload("https://cdn.example/qr/1.png") }
            guard case .cashier(.unexpectedAnswer(let raw)) = error else {
                Issue.record("expected a qr-image error, got \(String(describing: error))")
                continue
            }
            #expect(raw?.code == "qr-image")
        }
    }

    @Test func plainHTTPIsRefusedUnlessLoopbackOrTheAPIsOwnHost() async throws {
        let refused = await gatewayError { try await payload("http://cdn.example/qr/1.png") }
        #expect(refused == PomeloQRImage.failure(
            "refusing to fetch the QR image from http://cdn.example/qr/1.png over plain HTTP: only https:// is allowed"))
        #expect(transport.requests.isEmpty)
        transport.answer("page")
        transport.answer("page")
        #expect(try await payload("http://127.0.0.1:8080/qr/1.png") == "http://127.0.0.1:8080/qr/1.png")
        #expect(
            try await payload("http://sandbox.invalid/pomelo/public/qr/1/code.png", base: "http://sandbox.invalid/pomelo/public")
                == "http://sandbox.invalid/pomelo/public/qr/1/code.png")
        let relative = await gatewayError { try await payload("/qr/1/code.png") }
        #expect(relative != nil)
    }
}
