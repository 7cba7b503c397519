import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// `GET /sources/:id` as the document shows it: the public key with `clientSecret` in a JSON body,
/// or the secret key, which needs no client secret.
@Suite struct TakeMePaySourceReadTests {
    let transport = RecordingTransport()
    let source =
        #"{"id": "src_HtYWBZWZQM2OESJYJxAfkQ", "amount": 1, "currency": "JPY", "liveMode": false, "metadata": {}, "payload": {}, "status": "pending", "type": "WeChatPay", "clientSecret": "src_cs_Jj1uRu5uTFmwGteDXHME0g", "description": null, "created": 1556262090000, "updated": 1556262090000, "object": "source"}"#

    var api: TakeMePayAPI {
        TakeMePayAPI(
            settings: TakeMePaySettings(publicKey: Secret("pk_test_your_api_key"), secretKey: Secret("sk_test_secret_key")),
            transport: transport)
    }

    @Test func publicKeyReadCarriesTheClientSecretInTheBody() async throws {
        transport.answer(source)
        let read = try await api.retrieveSource(
            id: "src_HtYWBZWZQM2OESJYJxAfkQ", clientSecret: Secret("src_cs_Jj1uRu5uTFmwGteDXHME0g"))
        #expect(read.status == "pending")
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.url.query == nil)
        #expect(request.header("Authorization") == "Bearer pk_test_your_api_key")
        #expect(request.json == .object([("clientSecret", .string("src_cs_Jj1uRu5uTFmwGteDXHME0g"))]))
    }

    /// The counter holds the secret key: its polls read with it, client secret or not.
    @Test func theCounterPollsWithTheSecretKeyByDefault() async throws {
        transport.answer(source)
        let client = TakeMePayClient(settings: api.settings, transport: transport)
        let reference = PaymentReference(
            orderNumber: order(), amount: Money(minorUnits: 1, currency: jpy),
            gatewayReference: "src_HtYWBZWZQM2OESJYJxAfkQ", clientSecret: Secret("src_cs_Jj1uRu5uTFmwGteDXHME0g"))
        #expect(try await client.paymentStatus(reference).state == .awaitingBuyer)
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == "Bearer sk_test_secret_key")
        #expect(request.body.isEmpty)
    }

    @Test func secretKeyReadSendsNoBody() async throws {
        transport.answer(source)
        _ = try await api.retrieveSource(id: "src_HtYWBZWZQM2OESJYJxAfkQ", clientSecret: nil)
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == "Bearer sk_test_secret_key")
        #expect(request.body.isEmpty)
        #expect(request.url.query == nil)
    }
}
