import Foundation
import Testing
import TillCore
import TillTesting
import Wire

@testable import Gateways

/// A lane that holds TakeMe Pay's public key and no secret key: the connector as it is, over a
/// `StoreRelayTransport` whose two ends (TakeMe Pay, the store server) are scripted. What must hold:
/// the public-key calls go to TakeMe Pay, the secret-key calls to the store server with the lane's
/// token and never a secret key; a refused token stops a sale before a source exists; an answer lost
/// behind the store server is an unknown outcome, never a refusal.
@Suite struct StoreRelayTransportTests {
    static let token = "lane-token-0123456789abcdef0123456789abcdef"
    static let store = URL(string: "https://store.example.com:8443")!
    let orderNumber = order("T20261122093000ABCDEF")
    var yen150: Money { Money(minorUnits: 150, currency: jpy) }
    var payment: PaymentRequest { PaymentRequest(orderNumber: orderNumber, amount: yen150, brand: .wechatPay) }
    var started: PaymentReference {
        PaymentReference(
            orderNumber: orderNumber, amount: yen150, gatewayReference: "src_HtYWBZWZQM2OESJYJxAfkQ",
            clientSecret: Secret("src_cs_Jj1uRu5uTFmwGteDXHME0g"))
    }

    /// The lane's connector, as `GatewayFactory` makes it for a lane without the secret key.
    static func lane(gateway: RecordingTransport, server: RecordingTransport) -> TakeMePayClient {
        let relay = StoreRelayTransport(
            direct: gateway, toServer: server, server: store, token: Secret(token), gateway: .takemepay,
            gatewayBaseURL: TakeMePaySettings.stagingBaseURL)
        return TakeMePayClient(
            settings: TakeMePaySettings(
                publicKey: Secret("pk_test_publicpublic1234"), secretKey: nil, readsSourcesWithSecretKey: false),
            transport: relay)
    }

    static func json(_ body: String, status: Int = 200) -> Result<HTTPResponse, TransportError> {
        .success(HTTPResponse(status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    /// The store server's answer with its verdict.
    static func relay(_ verdict: StoreRelay.Verdict, _ body: String = "", status: Int? = nil) -> Result<HTTPResponse, TransportError> {
        .success(
            HTTPResponse(
                status: status ?? verdict.status(), headers: [HTTPHeader(StoreRelay.header, verdict.rawValue)],
                body: Data(body.utf8)))
    }

    static func source(_ status: String) -> String {
        #"{"id": "src_HtYWBZWZQM2OESJYJxAfkQ", "amount": 150, "currency": "JPY", "liveMode": false, "metadata": {"orderNumber": "T20261122093000ABCDEF"}, "payload": {"qrCode": "weixin://wxpay/bizpayurl?pr=abc123"}, "status": "\#(status)", "type": "WeChatPay", "clientSecret": "src_cs_Jj1uRu5uTFmwGteDXHME0g", "created": 1556262090000, "updated": 1556262090000, "object": "source"}"#
    }

    static let charge =
        #"{"id": "ch_NBJ8PlE1WZGvU0BtCVT_-w", "object": "charge", "amount": 150, "currency": "JPY", "sourceId": "src_HtYWBZWZQM2OESJYJxAfkQ", "liveMode": false, "metadata": {"orderNumber": "T20261122093000ABCDEF"}, "refunded": false, "status": "succeeded", "created": 1556091482000, "updated": 1556091482000}"#

    /// No request to either end carries a secret key; the token goes only to the store server.
    static func expectNoSecret(gateway: RecordingTransport, server: RecordingTransport) {
        for request in gateway.requests + server.requests {
            for header in request.headers { #expect(!header.value.contains("sk_"), "\(request.url): \(header.name)") }
            #expect(!String(decoding: request.body, as: UTF8.self).contains("sk_"))
        }
        for request in gateway.requests {
            #expect(!request.headers.contains { $0.value.contains(token) }, "the token never goes to TakeMe Pay")
        }
    }

    @Test func aSaleCreatesItsSourceWithThePublicKeyAndChargesThroughTheStoreServer() async throws {
        let gateway = RecordingTransport(answers: [Self.json(Self.source("pending")), Self.json(Self.source("chargeable"))])
        let server = RecordingTransport(answers: [Self.relay(.ready, "ready"), Self.relay(.answered, Self.charge, status: 201)])
        let client = Self.lane(gateway: gateway, server: server)

        let start = try await client.startQRPayment(payment)
        #expect(start.qrPayload == "weixin://wxpay/bizpayurl?pr=abc123")
        #expect(server.requests.map(\.url.absoluteString) == ["https://store.example.com:8443/relay/check"], "checked before the source")
        let status = try await client.paymentStatus(start.reference)
        #expect(status.state == .succeeded)

        #expect(gateway.requests.map(\.method) == ["POST", "GET"])
        #expect(gateway.requests.allSatisfy { $0.header("Authorization") == "Bearer pk_test_publicpublic1234" })
        #expect(gateway.requests[1].bodyText == #"{"clientSecret":"src_cs_Jj1uRu5uTFmwGteDXHME0g"}"#)
        let charge = server.requests[1]
        #expect(charge.method == "POST")
        #expect(charge.url.absoluteString == "https://store.example.com:8443/relay/takemepay/charges")
        #expect(charge.header("Authorization") == "Bearer \(Self.token)")
        #expect(charge.bodyText.contains(#""sourceId":"src_HtYWBZWZQM2OESJYJxAfkQ""#))
        Self.expectNoSecret(gateway: gateway, server: server)
    }

    @Test(arguments: [
        (StoreRelay.Verdict.refusedToken, StoreServerRefusal.token), (.noSecretKey, .noSecretKey), (.refusedCall, .call),
    ])
    func aRefusingStoreServerStopsTheSaleBeforeASourceExists(_ verdict: StoreRelay.Verdict, _ refusal: StoreServerRefusal) async {
        let gateway = RecordingTransport()
        let server = RecordingTransport(answers: [Self.relay(verdict, "refused")])
        let error = await gatewayError { try await Self.lane(gateway: gateway, server: server).startQRPayment(payment) }
        #expect(error == .cashier(.storeServerRefused(refusal)))
        #expect(gateway.requests.isEmpty, "no source, no QR code for a buyer to pay")
    }

    @Test func theCashierIsToldWhatIsWrongAndWhatToDo() {
        let message = CashierError.storeServerRefused(.token).message
        #expect(message.contains("refused this counter's token") && message.contains("[store] token"))
        #expect(message.contains("nothing was charged"))
    }

    @Test func aStoreServerThatCannotBeReachedLeavesNothingCreated() async {
        let gateway = RecordingTransport()
        let server = RecordingTransport(answers: [.failure(.notSent("connection refused"))])
        let error = await gatewayError { try await Self.lane(gateway: gateway, server: server).startQRPayment(payment) }
        guard case .cashier(.notReached)? = error else {
            Issue.record("expected not reached, got \(String(describing: error))")
            return
        }
        #expect(gateway.requests.isEmpty)
        // Another server at that address (a 404 page): not a Till store server, nothing created either.
        let other = RecordingTransport(answers: [Self.json("not found", status: 404)])
        let notStore = await gatewayError { try await Self.lane(gateway: gateway, server: other).startQRPayment(payment) }
        #expect(notStore?.settlesRequest == true)
        #expect(gateway.requests.isEmpty)
    }

    /// The charge went to TakeMe Pay but its answer was lost behind the store server: the lane looks
    /// the charge up (through the store server) and never charges again.
    @Test func aChargeAnswerLostBehindTheStoreServerIsLookedUpNotSentAgain() async throws {
        let gateway = RecordingTransport(answers: [Self.json(Self.source("chargeable"))])
        let list = #"{"object": "list", "hasMore": false, "data": [\#(Self.charge)]}"#
        let server = RecordingTransport(answers: [Self.relay(.answerLost, "reset by peer"), Self.relay(.answered, list)])
        let status = try await Self.lane(gateway: gateway, server: server).paymentStatus(started)
        #expect(status.state == .succeeded)
        #expect(server.requests.map(\.method) == ["POST", "GET"])
        #expect(server.requests[1].url.path == "/relay/takemepay/charges")
        #expect(server.requests[1].url.query?.contains("limit=") == true)
    }

    @Test(arguments: [
        (StoreRelay.Verdict.answerLost, 502, TransportError.connectionLost("")),
        (.timedOut, 504, .timedOut),
        (.notSent, 502, .notSent("")),
        (.refusedToken, 401, .storeServerRefused(.token)),
        (.refusedCall, 403, .storeServerRefused(.call)),
        (.noSecretKey, 503, .storeServerRefused(.noSecretKey)),
    ])
    func eachVerdictIsTheErrorTheLanesOwnTransportWouldGive(_ verdict: StoreRelay.Verdict, _ status: Int, _ expected: TransportError) {
        #expect(verdict.status() == status)
        let outcome = StoreRelay.outcome(of: HTTPResponse(status: status, headers: [HTTPHeader(StoreRelay.header, verdict.rawValue)]))
        switch (outcome, expected) {
        case (.failure(.connectionLost), .connectionLost), (.failure(.notSent), .notSent): break
        case (.failure(let error), _): #expect(error == expected)
        case (.success, _): Issue.record("\(verdict) passed as an answer")
        }
        #expect(ExchangeError.transport(expected).outcomeUnknown == [.answerLost, .timedOut].contains(verdict))
    }

    @Test func anAnswerWithoutTheRelayHeaderIsNeverARefusal() throws {
        for status in [401, 403, 404, 502, 504] {
            guard case .failure(.connectionLost) = StoreRelay.outcome(of: HTTPResponse(status: status)) else {
                Issue.record("HTTP \(status) without \(StoreRelay.header) must be an answer lost")
                continue
            }
        }
        let gatewaysOwn = HTTPResponse(status: 401, headers: [HTTPHeader(StoreRelay.header, "answered")], body: Data("{}".utf8))
        #expect(try StoreRelay.outcome(of: gatewaysOwn).get() == gatewaysOwn, "TakeMe Pay's own 401 is passed as it came")
    }

    @Test func aRefundGoesThroughTheStoreServerAndARefusedTokenSaysSo() async throws {
        var paid = started
        paid.chargeID = "ch_NBJ8PlE1WZGvU0BtCVT_-w"
        let refund = RefundRequest(refundNumber: "R20261122093000ABCDEF-1", payment: paid, amount: yen150)
        let refundObject =
            #"{"id": "refund_W2v3SfpZSCuc08dO-fAarQ", "object": "refund", "amount": 150, "currency": "JPY", "chargeId": "ch_NBJ8PlE1WZGvU0BtCVT_-w", "liveMode": false, "metadata": {"refundNumber": "R20261122093000ABCDEF-1"}, "status": "succeeded", "created": 1544414761, "updated": 1544414761}"#
        let gateway = RecordingTransport()
        let server = RecordingTransport(answers: [Self.relay(.answered, refundObject)])
        let status = try await Self.lane(gateway: gateway, server: server).refund(refund)
        #expect(status.state == .succeeded)
        #expect(server.requests.map(\.url.absoluteString) == ["https://store.example.com:8443/relay/takemepay/refunds"])
        #expect(gateway.requests.isEmpty)
        Self.expectNoSecret(gateway: gateway, server: server)

        let refusing = RecordingTransport(thenAlways: Self.relay(.refusedToken, "refused"))
        let error = await gatewayError { try await Self.lane(gateway: gateway, server: refusing).refund(refund) }
        #expect(error == .cashier(.storeServerRefused(.token)))
        #expect(refusing.requests.count == 1, "nothing more is asked of a store server that refused the lane")
    }

    @Test func onlyTheSecretKeyCallsOfASaleAndARefundMayBeRelayed() {
        let allowed = [
            ("POST", "/charges"), ("GET", "/charges"), ("GET", "/charges/ch_1"), ("POST", "/refunds"), ("GET", "/refunds/re_1"),
            ("GET", "/sources"), ("GET", "/sources/src_1"), ("GET", "/events"), ("GET", "/events/evt_1"),
        ]
        for (method, path) in allowed { #expect(TakeMePayRelayCalls.allows(method: method, path: path), "\(method) \(path)") }
        let refused = [
            ("POST", "/sources"), ("POST", "/webhooks"), ("GET", "/webhooks"), ("DELETE", "/webhooks/we_1"), ("DELETE", "/charges/ch_1"),
            ("GET", "/charges/../webhooks"), ("GET", "/charges/ch_1/x"), ("GET", "/charges/ch%2F1"), ("GET", ""), ("GET", "/"),
            ("POST", "/charges/"), ("GET", "charges"),
        ]
        for (method, path) in refused { #expect(!TakeMePayRelayCalls.allows(method: method, path: path), "\(method) \(path)") }
        let built = TakeMePayRelayCalls.request(
            method: "GET", path: "/charges", query: "limit=100&startingAfter=ch_9", body: Data(), secretKey: Secret("sk_test_store"),
            baseURL: URL(string: "http://127.0.0.1:8808/takemepay/v1/")!)
        #expect(built?.url.absoluteString == "http://127.0.0.1:8808/takemepay/v1/charges?limit=100&startingAfter=ch_9")
        #expect(built?.header("Authorization") == "Bearer sk_test_store")
        #expect(
            TakeMePayRelayCalls.request(
                method: "GET", path: "/charges", query: "a=b#c", body: Data(), secretKey: Secret("sk"), baseURL: TakeMePaySettings.stagingBaseURL)
                == nil)
    }
}
