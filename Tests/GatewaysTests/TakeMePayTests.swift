import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// TakeMe Pay, with the documents' example objects (plus `payload.qrCode` and metadata, per the
/// project's decisions).
@Suite struct TakeMePayTests {
    let transport = RecordingTransport()
    let client: TakeMePayClient
    let orderNumber = order("T20261122093000ABCDEF")
    var yen150: Money { Money(minorUnits: 150, currency: jpy) }

    init() {
        client = TakeMePayClient(
            settings: TakeMePaySettings(
                publicKey: Secret("pk_test_publicpublic1234"), secretKey: Secret("sk_test_secretsecret9yWV"),
                lookupPageSize: 2, lookupPages: 3),
            transport: transport)
    }

    func source(
        status: String = "pending", id: String = "src_HtYWBZWZQM2OESJYJxAfkQ", order: String = "T20261122093000ABCDEF",
        amount: Int = 150
    ) -> String {
        #"{"id": "\#(id)", "amount": \#(amount), "currency": "JPY", "liveMode": false, "metadata": {"orderNumber": "\#(order)"}, "payload": {"qrCode": "weixin://wxpay/bizpayurl?pr=abc123"}, "status": "\#(status)", "type": "WeChatPay", "clientSecret": "src_cs_Jj1uRu5uTFmwGteDXHME0g", "description": null, "created": 1556262090000, "updated": 1556262090000, "object": "source"}"#
    }

    func charge(status: String = "succeeded", source: String = "src_HtYWBZWZQM2OESJYJxAfkQ") -> String {
        #"{"id": "ch_NBJ8PlE1WZGvU0BtCVT_-w", "object": "charge", "amount": 150, "currency": "JPY", "sourceId": "\#(source)", "source": {}, "description": "takeme pay charge", "liveMode": false, "metadata": {}, "refunded": false, "status": "\#(status)", "failureCode": null, "failureMessage": null, "created": 1556091482000, "updated": 1556091482000}"#
    }

    func refundObject(status: String = "pending") -> String {
        #"{"id": "refund_W2v3SfpZSCuc08dO-fAarQ", "object": "refund", "amount": 150, "currency": "JPY", "reason": null, "chargeId": "ch_NBJ8PlE1WZGvU0BtCVT_-w", "liveMode": false, "metadata": {"refundNumber": "R20261122093000ABCDEF-1"}, "status": "\#(status)", "failureReason": null, "created": 1544414761, "updated": 1544414761}"#
    }

    var payment: PaymentRequest { PaymentRequest(orderNumber: orderNumber, amount: yen150, brand: .wechatPay) }
    var started: PaymentReference {
        PaymentReference(
            orderNumber: orderNumber, amount: yen150, gatewayReference: "src_HtYWBZWZQM2OESJYJxAfkQ",
            clientSecret: Secret("src_cs_Jj1uRu5uTFmwGteDXHME0g"))
    }

    @Test func defaultBaseURLFollowsTheKey() {
        #expect(
            TakeMePaySettings.defaultBaseURL(for: Secret("sk_test_x")).absoluteString
                == "https://api-stg.takemepay.com/v1")
        #expect(
            TakeMePaySettings.defaultBaseURL(for: Secret("sk_live_x")).absoluteString == "https://api.takemepay.com/v1")
    }

    @Test func createSourceUsesThePublicKeyAndMetadata() async throws {
        transport.answer(source())
        let start = try await client.startQRPayment(payment)
        #expect(start.qrPayload == "weixin://wxpay/bizpayurl?pr=abc123")
        #expect(start.state == .awaitingBuyer)
        #expect(start.reference.gatewayReference == "src_HtYWBZWZQM2OESJYJxAfkQ")
        #expect(start.reference.clientSecret?.reveal() == "src_cs_Jj1uRu5uTFmwGteDXHME0g")
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api-stg.takemepay.com/v1/sources")
        #expect(request.header("Authorization") == "Bearer pk_test_publicpublic1234")
        #expect(
            request.bodyText
                == #"{"amount":150,"currency":"JPY","type":"WeChatPay","metadata":{"orderNumber":"T20261122093000ABCDEF"}}"#
        )
    }

    @Test func createSourceAmountMismatchIsAnError() async {
        transport.answer(source(amount: 151))
        let error = await gatewayError { try await client.startQRPayment(payment) }
        #expect(error == AnswerError.mismatch("amount", sent: "150", echoed: "151"))
    }

    @Test func documentedErrorEnvelopeIsMapped() async {
        transport.answer(
            #"{"error": {"message": "The requester is not authorized to access the resource.", "code": "unauthorized"}}"#,
            status: 401)
        let error = await gatewayError { try await client.startQRPayment(payment) }
        #expect(
            error
                == .cashier(
                    .requestRefused(
                        GatewayRawError(
                            code: "unauthorized", message: "The requester is not authorized to access the resource."))))
        #expect(transport.requests.count == 1)
        // A 429 settles nothing: the source is looked for by its order number, never created twice.
        transport.answer(#"{"error": {"message": "slow down", "code": "too_many"}}"#, status: 429)
        transport.answer(#"{"hasMore": false, "data": [], "object": "list"}"#)
        let busy = await gatewayError { try await client.startQRPayment(payment) }
        expectUnknownOutcome(busy, number: payment.orderNumber.rawValue, mentioning: "too_many: slow down")
        #expect(transport.requests.map(\.method) == ["POST", "POST", "GET"])
    }

    @Test func lostSourceAnswerIsFoundByMetadataInTheList() async throws {
        transport.fail(.timedOut)
        transport.answer(
            #"{"hasMore": true, "data": [\#(source(id: "src_other1", order: "T1")), \#(source(id: "src_other2", order: "T2"))], "object": "list"}"#
        )
        transport.answer(#"{"hasMore": false, "data": [\#(source())], "object": "list"}"#)
        let start = try await client.startQRPayment(payment)
        #expect(start.reference.gatewayReference == "src_HtYWBZWZQM2OESJYJxAfkQ")
        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "GET", "GET"])
        #expect(requests[1].url.absoluteString == "https://api-stg.takemepay.com/v1/sources?limit=2")
        #expect(requests[1].header("Authorization") == "Bearer sk_test_secretsecret9yWV")
        #expect(
            requests[2].url.absoluteString
                == "https://api-stg.takemepay.com/v1/sources?limit=2&startingAfter=src_other2")
    }

    @Test func lostSourceAnswerNotInTheListIsNeverCreatedAgain() async throws {
        transport.fail(.connectionLost("reset"))
        transport.answer(#"{"hasMore": false, "data": [], "object": "list"}"#)
        let error = await gatewayError { try await client.startQRPayment(payment) }
        expectUnknownOutcome(error, number: payment.orderNumber.rawValue, mentioning: "does not know it yet")
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test func pendingSourceIsAwaitingBuyerAndIsReadWithTheClientSecret() async throws {
        let client = TakeMePayClient(
            settings: TakeMePaySettings(
                publicKey: Secret("pk_test_publicpublic1234"), secretKey: Secret("sk_test_secretsecret9yWV"),
                readsSourcesWithSecretKey: false),
            transport: transport)
        transport.answer(source(status: "pending"))
        let status = try await client.paymentStatus(started)
        #expect(status.state == .awaitingBuyer)
        let request = try #require(transport.requests.first)
        // As the document's example: GET with the public key and the client secret in a JSON body.
        #expect(request.method == "GET")
        #expect(request.url.absoluteString == "https://api-stg.takemepay.com/v1/sources/src_HtYWBZWZQM2OESJYJxAfkQ")
        #expect(request.header("Authorization") == "Bearer pk_test_publicpublic1234")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.bodyText == #"{"clientSecret":"src_cs_Jj1uRu5uTFmwGteDXHME0g"}"#)
    }

    @Test func chargeableSourceIsChargedWithTheSecretKey() async throws {
        transport.answer(source(status: "chargeable"))
        transport.answer(charge(status: "succeeded"))
        let status = try await client.paymentStatus(started)
        #expect(status.state == .succeeded)
        #expect(status.reference.chargeID == "ch_NBJ8PlE1WZGvU0BtCVT_-w")
        let request = transport.requests[1]
        #expect(request.url.absoluteString == "https://api-stg.takemepay.com/v1/charges")
        #expect(request.header("Authorization") == "Bearer sk_test_secretsecret9yWV")
        #expect(
            request.bodyText
                == #"{"amount":150,"currency":"JPY","sourceId":"src_HtYWBZWZQM2OESJYJxAfkQ","metadata":{"orderNumber":"T20261122093000ABCDEF"}}"#
        )
    }

    @Test func pendingChargeIsFollowedByItsId() async throws {
        transport.answer(source(status: "chargeable"))
        transport.answer(charge(status: "pending"))
        let first = try await client.paymentStatus(started)
        #expect(first.state == .processing)
        transport.answer(charge(status: "succeeded"))
        let second = try await client.paymentStatus(first.reference)
        #expect(second.state == .succeeded)
        #expect(
            transport.requests[2].url.absoluteString
                == "https://api-stg.takemepay.com/v1/charges/ch_NBJ8PlE1WZGvU0BtCVT_-w")
    }

    @Test func notChargeableYetKeepsPolling() async throws {
        transport.answer(source(status: "chargeable"))
        transport.answer(#"{"error": {"message": "wait", "code": "not_chargeable"}}"#, status: 400)
        let status = try await client.paymentStatus(started)
        #expect(status.state == .processing)
    }

    @Test func lostChargeAnswerFindsTheChargeNotASecondOne() async throws {
        transport.answer(source(status: "chargeable"))
        transport.fail(.timedOut)
        transport.answer(
            #"{"hasMore": false, "data": [\#(charge(source: "src_HtYWBZWZQM2OESJYJxAfkQ"))], "object": "list"}"#)
        let status = try await client.paymentStatus(started)
        #expect(status.state == .succeeded)
        #expect(transport.requests.map(\.method) == ["GET", "POST", "GET"])
        #expect(transport.requests[2].url.path == "/v1/charges")
    }

    @Test func consumedSourceFindsItsCharge() async throws {
        transport.answer(source(status: "consumed"))
        transport.answer(
            #"{"hasMore": false, "data": [\#(charge(source: "src_x")), \#(charge(source: "src_HtYWBZWZQM2OESJYJxAfkQ"))], "object": "list"}"#
        )
        let status = try await client.paymentStatus(started)
        #expect(status.state == .succeeded)
        #expect(transport.requests.map(\.method) == ["GET", "GET"])
    }

    @Test(arguments: [("failed", AttemptState.failed), ("canceled", .canceled)])
    func finalSourceStatesMap(_ word: String, _ state: AttemptState) async throws {
        transport.answer(source(status: word))
        #expect(try await client.paymentStatus(started).state == state)
    }

    @Test func unknownSourceStatusIsAnError() async {
        transport.answer(source(status: "expired"))
        let error = await gatewayError { try await client.paymentStatus(started) }
        #expect(error == AnswerError.unknownStatus("expired", field: "source.status"))
    }

    @Test func failedChargeKeepsItsFailureCode() async throws {
        transport.answer(source(status: "chargeable"))
        transport.answer(
            charge(status: "failed").replacingOccurrences(
                of: #""failureCode": null, "failureMessage": null"#,
                with: #""failureCode": "insufficient_funds", "failureMessage": "no money""#))
        let status = try await client.paymentStatus(started)
        #expect(status.state == .failed)
        #expect(status.failure == GatewayRawError(code: "insufficient_funds", message: "no money"))
    }

    @Test func fullRefundOfTheCharge() async throws {
        transport.answer(refundObject(status: "pending"))
        var paid = started
        paid.chargeID = "ch_NBJ8PlE1WZGvU0BtCVT_-w"
        let status = try await client.refund(
            RefundRequest(
                refundNumber: "R20261122093000ABCDEF-1", payment: paid, amount: yen150, reason: "late payment"))
        #expect(status.state == .pending)
        #expect(status.reference.gatewayReference == "refund_W2v3SfpZSCuc08dO-fAarQ")
        let request = transport.requests[0]
        #expect(request.url.absoluteString == "https://api-stg.takemepay.com/v1/refunds")
        #expect(
            request.bodyText
                == #"{"chargeId":"ch_NBJ8PlE1WZGvU0BtCVT_-w","reason":"late payment","metadata":{"orderNumber":"T20261122093000ABCDEF","refundNumber":"R20261122093000ABCDEF-1"}}"#
        )
        transport.answer(refundObject(status: "succeeded"))
        let later = try await client.refundStatus(status.reference)
        #expect(later.state == .succeeded)
        #expect(
            transport.requests[1].url.absoluteString
                == "https://api-stg.takemepay.com/v1/refunds/refund_W2v3SfpZSCuc08dO-fAarQ")
    }

    @Test func partialRefundIsNotOffered() async {
        var paid = started
        paid.chargeID = "ch_1"
        let error = await gatewayError {
            try await client.refund(
                RefundRequest(refundNumber: "R1", payment: paid, amount: Money(minorUnits: 50, currency: jpy)))
        }
        #expect(
            error
                == .cashier(
                    .notOffered(gateway: .takemepay, what: "partial refunds (only the whole payment can be refunded)")))
        #expect(transport.requests.isEmpty)
    }

    @Test func lostRefundAnswerIsFoundThroughItsEvent() async throws {
        var paid = started
        paid.chargeID = "ch_NBJ8PlE1WZGvU0BtCVT_-w"
        transport.fail(.timedOut)
        transport.answer(
            #"{"hasMore": false, "data": [{"id": "evt_1", "type": "refund.created", "created": 1556265228475, "data": {"dataObject": \#(refundObject()), "previousObject": {}}}], "object": "list"}"#
        )
        transport.answer(refundObject(status: "succeeded"))
        let status = try await client.refund(
            RefundRequest(refundNumber: "R20261122093000ABCDEF-1", payment: paid, amount: yen150))
        #expect(status.state == .succeeded)
        #expect(
            transport.requests.map(\.url.path) == [
                "/v1/refunds", "/v1/events", "/v1/refunds/refund_W2v3SfpZSCuc08dO-fAarQ",
            ])
    }

    /// The resend of a refund whose first answer was lost is refused ("refunded already"): the
    /// refund found by its number is the answer, not the refusal.
    @Test func refusedResendOfADoneRefundIsFoundThroughItsEvent() async throws {
        var paid = started
        paid.chargeID = "ch_NBJ8PlE1WZGvU0BtCVT_-w"
        transport.answer(
            #"{"error": {"message": "Charge ch_NBJ8PlE1WZGvU0BtCVT_-w is refunded already", "code": "constraint_violation"}}"#,
            status: 400)
        transport.answer(
            #"{"hasMore": false, "data": [{"id": "evt_1", "type": "refund.created", "created": 1556265228475, "data": {"dataObject": \#(refundObject()), "previousObject": {}}}], "object": "list"}"#
        )
        transport.answer(refundObject(status: "succeeded"))
        let status = try await client.refund(
            RefundRequest(refundNumber: "R20261122093000ABCDEF-1", payment: paid, amount: yen150))
        #expect(status.state == .succeeded)
    }

    /// A refusal with no such refund and a charge not refunded stays a refusal.
    @Test func refusedRefundOfAnUnrefundedChargeIsARefusal() async {
        var paid = started
        paid.chargeID = "ch_NBJ8PlE1WZGvU0BtCVT_-w"
        transport.answer(#"{"error": {"message": "amount too large", "code": "constraint_violation"}}"#, status: 400)
        transport.answer(#"{"hasMore": false, "data": [], "object": "list"}"#)
        transport.answer(charge())
        let error = await gatewayError {
            try await client.refund(RefundRequest(refundNumber: "R1", payment: paid, amount: yen150))
        }
        guard case .cashier(let refusal)? = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(refusal.isDefinitive)
    }

    @Test func lostRefundAnswerOfARefundedChargeIsUnconfirmed() async {
        var paid = started
        paid.chargeID = "ch_NBJ8PlE1WZGvU0BtCVT_-w"
        transport.fail(.timedOut)
        transport.answer(#"{"hasMore": false, "data": [], "object": "list"}"#)
        transport.answer(charge().replacingOccurrences(of: #""refunded": false"#, with: #""refunded": true"#))
        let error = await gatewayError {
            try await client.refund(RefundRequest(refundNumber: "R1", payment: paid, amount: yen150))
        }
        expectUnknownOutcome(error, number: "R1", mentioning: "does not know it yet")
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test func listsEventsAndWebhooks() async throws {
        transport.answer(
            #"{"hasMore": true, "data": [{"id": "evt_01DADP4VDPYT9Q8H8SX215WB05", "type": "source.updated", "created": 1556265228475, "data": {"dataObject": {}, "previousObject": {}}}], "object": "list"}"#
        )
        let events = try await client.api.listEvents(TakeMePayPage(limit: 1, endingBefore: "evt_9"))
        #expect(events.hasMore)
        #expect(events.items.map(\.type) == ["source.updated"])
        #expect(
            transport.requests[0].url.absoluteString
                == "https://api-stg.takemepay.com/v1/events?limit=1&endingBefore=evt_9")

        transport.answer(
            #"{"id": "we_jPkQ2T9QSpe_vidCLEF6FQ", "url": "https://demo.takemepay.com/hook", "enabledEvents": ["source.updated"], "liveMode": false, "secret": "wesec_QMHzqcm0QzCxIoZXVCu7LA", "created": 1557196956000, "object": "webhook"}"#
        )
        let hook = try await client.api.createWebhook(
            url: "https://demo.takemepay.com/hook", enabledEvents: ["source.updated"])
        #expect(hook.secret?.reveal() == "wesec_QMHzqcm0QzCxIoZXVCu7LA")
        #expect(
            transport.requests[1].bodyText
                == #"{"enabledEvents":["source.updated"],"url":"https://demo.takemepay.com/hook"}"#)

        transport.answer(
            #"[{"id": "we_jPkQ2T9QSpe_vidCLEF6FQ", "url": "https://demo.takemepay.com/hook", "enabledEvents": ["source.updated"], "liveMode": false, "secret": "wesec_QMHzqcm0QzCxIoZXVCu7LA", "created": 1557196956000, "object": "webhook"}]"#
        )
        #expect(try await client.api.listWebhooks().map(\.id) == ["we_jPkQ2T9QSpe_vidCLEF6FQ"])

        transport.answer(
            #"{"id": "we_jPkQ2T9QSpe_vidCLEF6FQ", "url": "https://demo.takemepay.com/hook", "enabledEvents": ["source.updated"], "liveMode": false, "secret": "wesec_QMHzqcm0QzCxIoZXVCu7LA", "created": 1557196956000, "object": "webhook"}"#
        )
        _ = try await client.api.deleteWebhook(id: "we_jPkQ2T9QSpe_vidCLEF6FQ")
        #expect(transport.requests[3].method == "DELETE")
        #expect(transport.requests[3].url.path == "/v1/webhooks/we_jPkQ2T9QSpe_vidCLEF6FQ")
    }

    @Test func retrievesOneEventAndOneWebhookWithTheSecretKey() async throws {
        transport.answer(
            #"{"id": "evt_HxVoR5mYSc-2Ob2rvT2ApQ", "liveMode": false, "object": "event", "type": "source.created", "created": 1556265228475, "data": {"dataObject": {"id": "src_1"}, "previousObject": {}}}"#
        )
        let event = try await client.api.retrieveEvent(id: "evt_HxVoR5mYSc-2Ob2rvT2ApQ")
        #expect(event.type == "source.created")
        #expect(event.dataObject?["id"]?.string == "src_1")
        transport.answer(
            #"{"id": "we_jPkQ2T9QSpe_vidCLEF6FQ", "url": "https://demo.takemepay.com/hook", "enabledEvents": ["source.updated"], "liveMode": false, "secret": "wesec_QMHzqcm0QzCxIoZXVCu7LA", "created": 1557196956000, "object": "webhook"}"#
        )
        let hook = try await client.api.retrieveWebhook(id: "we_jPkQ2T9QSpe_vidCLEF6FQ")
        #expect(!"\(hook)".contains("QMHzqcm0QzCxIoZXVCu7LA"))
        #expect(
            transport.requests.map(\.url.path) == [
                "/v1/events/evt_HxVoR5mYSc-2Ob2rvT2ApQ", "/v1/webhooks/we_jPkQ2T9QSpe_vidCLEF6FQ",
            ])
        #expect(transport.requests.allSatisfy { $0.header("Authorization") == "Bearer sk_test_secretsecret9yWV" })
    }

    @Test func listsChargesWithCursors() async throws {
        transport.answer(#"{"hasMore": false, "data": [\#(charge())], "object": "list"}"#)
        let charges = try await client.api.listCharges(TakeMePayPage(limit: 10, startingAfter: "ch_0"))
        #expect(charges.items.map(\.id) == ["ch_NBJ8PlE1WZGvU0BtCVT_-w"])
        #expect(!charges.hasMore)
        #expect(
            transport.requests[0].url.absoluteString
                == "https://api-stg.takemepay.com/v1/charges?limit=10&startingAfter=ch_0")
    }
}

@Suite struct TakeMePayWebhookTests {
    let body = Data(#"{"id":"evt_HxVoR5mYSc-2Ob2rvT2ApQ","type":"source.updated"}"#.utf8)
    let secret = Secret("wesec_QMHzqcm0QzCxIoZXVCu7LA")
    let clock = TestNow()
    var nowSeconds: Int64 { Int64(clock.now().timeIntervalSince1970) }

    /// HMAC-SHA256("wesec_QMHzqcm0QzCxIoZXVCu7LA", "1700000000." + body), computed independently
    /// (Python hmac).
    let knownSignature = "3ebf69e7f2f78a54e795df6891784e0e12249810cc18c277142281e202767ecb"

    @Test func signsAndVerifies() throws {
        let header = TakeMePayWebhookVerifier.signatureHeader(body: body, timestamp: nowSeconds, secret: secret)
        let verifier = TakeMePayWebhookVerifier(secrets: [secret], now: clock.now)
        #expect(try verifier.verify(signatureHeader: header, body: body) == nowSeconds)
    }

    @Test func matchesAnIndependentHMAC() throws {
        let header = TakeMePayWebhookVerifier.signatureHeader(body: body, timestamp: 1_700_000_000, secret: secret)
        #expect(header == "t=1700000000,s=\(knownSignature)")
    }

    @Test func refusesATamperedBody() {
        let header = TakeMePayWebhookVerifier.signatureHeader(body: body, timestamp: nowSeconds, secret: secret)
        let verifier = TakeMePayWebhookVerifier(secrets: [secret], now: clock.now)
        #expect(throws: TakeMePayWebhookVerifier.Failure.noMatchingSignature) {
            try verifier.verify(signatureHeader: header, body: body + Data(" ".utf8))
        }
    }

    @Test func acceptsAnyOfSeveralSignaturesAndSecrets() throws {
        let old = Secret("wesec_old")
        let header = TakeMePayWebhookVerifier.signatureHeader(body: body, timestamp: nowSeconds, secret: secret)
        let rotated = "t=\(nowSeconds),s=\(String(repeating: "00", count: 32)),\(header.split(separator: ",")[1])"
        #expect(throws: Never.self) {
            try TakeMePayWebhookVerifier(secrets: [old, secret], now: clock.now).verify(
                signatureHeader: rotated, body: body)
        }
        #expect(throws: TakeMePayWebhookVerifier.Failure.noMatchingSignature) {
            try TakeMePayWebhookVerifier(secrets: [old], now: clock.now).verify(signatureHeader: rotated, body: body)
        }
    }

    @Test func refusesReplaysBeyondThreeHundredSeconds() throws {
        let header = TakeMePayWebhookVerifier.signatureHeader(body: body, timestamp: nowSeconds, secret: secret)
        let verifier = TakeMePayWebhookVerifier(secrets: [secret], now: clock.now)
        clock.advance(300)
        #expect(throws: Never.self) { try verifier.verify(signatureHeader: header, body: body) }
        clock.advance(1)
        #expect(throws: TakeMePayWebhookVerifier.Failure.outsideTolerance(secondsOff: 301)) {
            try verifier.verify(signatureHeader: header, body: body)
        }
    }

    @Test(arguments: ["", "s=abcd", "t=12", "t=x,s=ab", "garbage"])
    func refusesMalformedHeaders(_ header: String) {
        let verifier = TakeMePayWebhookVerifier(secrets: [secret], now: clock.now)
        #expect(throws: TakeMePayWebhookVerifier.Failure.self) {
            try verifier.verify(signatureHeader: header, body: body)
        }
    }

    @Test func constantTimeEqualityIsExact() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equal([], [0]))
    }
}

/// `created` is milliseconds in the documents' tables and seconds in one example: both read.
@Suite("TakeMe Pay created times")
struct TakeMePayCreatedTests {
    @Test func millisecondsAndSecondsGiveTheSameInstant() {
        #expect(TakeMePayClient.date(created: 1_556_091_482_000) == Date(timeIntervalSince1970: 1_556_091_482))
        #expect(TakeMePayClient.date(created: 1_544_414_761) == Date(timeIntervalSince1970: 1_544_414_761))
    }
}
