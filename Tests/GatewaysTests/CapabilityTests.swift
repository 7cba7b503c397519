import Foundation
import Testing
import TillCore
import TillTesting
import Wire
import Wire

@testable import Gateways

/// Each connector adopts exactly the capabilities its document gives it, so a call the gateway does
/// not have cannot be made; MOTP offers Alipay QR only with a service for it; the webhook verifiers
/// answer through one protocol.
@Suite struct CapabilityTests {
    let transport = RecordingTransport()
    let gbp = Currency(code: "GBP")!

    var connectors: [any PaymentGateway] {
        [
            TakeMePayClient(
                settings: TakeMePaySettings(publicKey: Secret("pk_test_a"), secretKey: Secret("sk_test_b")), transport: transport),
            TapInClient(
                settings: TapInSettings(vendorID: 1, ssCode: Secret("ss"), webhookURL: "https://shop.example/h", currency: usd),
                transport: transport),
            PomeloClient(
                settings: PomeloSettings(apiKey: Secret("key"), appID: "app", currencies: [gbp]), transport: transport),
            motp(),
        ]
    }

    func motp(brands: [Brand] = [.wechatPay, .alipay], alipayServiceID: Int? = nil) -> MOTPClient {
        MOTPClient(
            settings: MOTPSettings(
                baseURL: URL(string: "https://motp.example/")!, user: "till", password: Secret("pa55word"), storeID: "109038",
                currency: usd, alipayNativeServiceID: alipayServiceID, brands: brands),
            transport: transport)
    }

    @Test func eachConnectorAdoptsWhatItsDocumentOffers() {
        let adopted = connectors.map { gateway in
            (gateway.gatewayID, gateway is any QRPaymentGateway, gateway is any QuickPayGateway, gateway is any RefundingGateway)
        }
        #expect(adopted.map(\.0) == [.takemepay, .tapin, .pomelo, .motp])
        #expect(adopted.map(\.1) == [true, true, true, true])
        #expect(adopted.map(\.2) == [false, false, false, true])
        #expect(adopted.map(\.3) == [true, false, false, true])
        #expect(connectors.compactMap { ($0 as? any RefundingGateway)?.refundScope } == [.fullOnly, .fullAndPartial])
    }

    @Test func motpNativePayIsWeChatPayUnlessAnAlipayServiceIsConfigured() {
        #expect(motp().qrBrands == [.wechatPay])
        #expect(motp().quickPayBrands == [.wechatPay, .alipay])
        #expect(motp(alipayServiceID: 31).qrBrands == [.wechatPay, .alipay])
        #expect(motp(brands: [.alipay], alipayServiceID: nil).qrBrands.isEmpty)
    }

    @Test func anAlipayQRWithoutItsServiceIsRefusedBeforeAnythingIsSent() async {
        let request = PaymentRequest(orderNumber: order("ORDER-1"), amount: Money(minorUnits: 100, currency: usd), brand: .alipay)
        let error = await gatewayError { try await motp().startQRPayment(request) }
        #expect(error == .cashier(.notOffered(gateway: .motp, what: "Alipay QR payments")))
        #expect(transport.requests.isEmpty)
    }

    @Test func anAlipayQRIsSentWithItsOwnService() async throws {
        transport.answer(#"{"success": true, "data": {"message": "SUCCESS", "token": "eyJ.one"}}"#)
        transport.answer(
            #"{"success": true, "data": {"qr_code": "https://qr.alipay.com/bax01", "amount": 1.00, "out_trade_no": "ORDER-2", "result_code": "SUCCESS"}}"#
        )
        let request = PaymentRequest(orderNumber: order("ORDER-2"), amount: Money(minorUnits: 100, currency: usd), brand: .alipay)
        let start = try await motp(alipayServiceID: 31).startQRPayment(request)
        #expect(start.qrPayload == "https://qr.alipay.com/bax01")
        #expect(transport.requests.last?.json?["service_id"]?.numberText == "31")
    }

    @Test func theThreeWebhookReadersAnswerThroughOneProtocol() throws {
        let secret = Secret("wesec_test")
        let now = Date()
        let event = Data(
            #"{"id":"evt_1","object":"event","type":"charge.updated","data":{"dataObject":{"id":"ch_1","status":"succeeded","metadata":{"orderNumber":"T1"}},"previousObject":{}}}"#
                .utf8)
        let header = TakeMePayWebhookVerifier.signatureHeader(
            body: event, timestamp: Int64(now.timeIntervalSince1970), secret: secret)
        let pomeloBody = Data(
            #"{"transactionId":"tx_9","state":"CONFIRMED","amount":2000,"currency":"GBP","localId":"P1","signature":"\#(PomeloSignature.sign(amount: 2000, currency: "GBP", apiKey: Secret("key"), method: .sha1))"}"#
                .utf8)
        let tapInBody = Data(#"{"collection_id":12,"ew_id":"EW1","id_1":"A1","status":"pay success","pay_money":1500}"#.utf8)
        let readers: [(any WebhookVerifier, [HTTPHeader], Data)] = [
            (TakeMePayWebhookVerifier(secrets: [secret], now: { now }), [HTTPHeader("takemepay-signature", header)], event),
            (PomeloWebhookVerifier(apiKey: Secret("key")), [], pomeloBody),
            (TapInCallbackReader(), [], tapInBody),
        ]
        let notices = try readers.map { reader, headers, body in try reader.verify(headers: headers, body: body) }
        #expect(notices.map(\.orderNumber) == ["T1", "P1", "A1"])
        #expect(notices.map(\.gatewayReference) == ["ch_1", "tx_9", "12"])
        #expect(notices.map(\.isSigned) == [true, true, false])
    }

    @Test func aForgedOrUnsignedDeliveryIsRefusedWithTheReason() {
        let verifier = TakeMePayWebhookVerifier(secrets: [Secret("wesec_test")])
        let body = Data(#"{"data":{"dataObject":{"id":"ch_1"}}}"#.utf8)
        #expect(throws: WebhookRejection(.takemepay, "the delivery has no TakemePay-Signature header", kind: .notAuthentic)) {
            try verifier.verify(headers: [], body: body)
        }
        let stale = #expect(throws: WebhookRejection.self) {
            try verifier.verify(headers: [HTTPHeader("TakemePay-Signature", "t=1,s=00")], body: body)
        }
        #expect(stale?.kind == .notAuthentic, "a signature that does not hold: maybe forged")
        let unreadable = #expect(throws: WebhookRejection.self) {
            try PomeloWebhookVerifier(apiKey: Secret("key")).verify(headers: [], body: Data("{}".utf8))
        }
        #expect(unreadable?.kind == .malformed, "a body the document does not describe")
    }
}
