import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// TapIn, with the documents' example requests and answers.
@Suite struct TapInTests {
    let transport = RecordingTransport()
    let ssCode = Secret("1734e90a57e422a1bc87100a567893c0")
    let client: TapInClient

    init() {
        client = TapInClient(
            settings: TapInSettings(
                vendorID: 25467, ssCode: Secret("1734e90a57e422a1bc87100a567893c0"),
                webhookURL: "https://demo.tapin.tech/mock/test_for", currency: usd, limitDays: 20),
            transport: transport)
    }

    func payment(_ id1: String = "87324123", cents: Int64 = 1500) -> PaymentRequest {
        PaymentRequest(orderNumber: order(id1), amount: Money(minorUnits: cents, currency: usd), brand: .tapinLink)
    }

    /// md5(ss_code + id_1) for the documents' ss_code, computed independently (Python hashlib).
    @Test(arguments: [
        ("87324123", "32cc526683c33c73adf055cbfcea7294"),
        ("12312312312312351", "f5a37c2c418ccf5ac01142fca1df1503"),
        ("8732412", "de09f6d7ee4e5e8b6a34f2f42d10750d"),
    ])
    func signatureIsMD5OfSsCodeAndId1(_ id1: String, _ expected: String) {
        #expect(TapInSignature.sign(ssCode: ssCode, id1: id1) == expected)
    }

    /// The documents' two example signatures (`a0bb58…` for id_1 12312312312312351 and `55faf6…` for
    /// 8732412) are NOT md5(ss_code + id_1); both examples are answered errCode 9 ("signature does not
    /// exist or cannot be matched") in the documents themselves. Till follows the documented formula.
    @Test func documentsExampleSignaturesDoNotMatchTheFormula() {
        #expect(TapInSignature.sign(ssCode: ssCode, id1: "12312312312312351") != "a0bb5801d88ce6548d7d8f4f8543ad0c")
        #expect(TapInSignature.sign(ssCode: ssCode, id1: "8732412") != "55faf6d35d85e61ceee6ad3f4d5d7965")
    }

    @Test func createSendsSignedDocumentedBodyAndReturnsTheLink() async throws {
        transport.answer(
            #"{"errCode": 0, "msg": "success", "data": {"collection_id": 1201, "ew_id": "EW2021122800029", "id_1": "87324123", "id_2": "", "url": "https://demo.tapin.tech/pay/EW2021122800029"}}"#
        )
        let start = try await client.startQRPayment(payment())
        #expect(start.qrPayload == "https://demo.tapin.tech/pay/EW2021122800029")
        #expect(start.reference.gatewayReference == "1201")
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(
            request.url.absoluteString == "https://demo.tapin.tech/api/external_collection/create_external_collection")
        #expect(request.header("signature") == "32cc526683c33c73adf055cbfcea7294")
        #expect(
            request.bodyText
                == #"{"vendor_id":25467,"amount":1500,"id_1":"87324123","webhook":"https://demo.tapin.tech/mock/test_for","limit_days":20}"#
        )
    }

    @Test func documentedSignatureFailureIsARefusalWithTheRawCode() async {
        transport.answer(#"{"errCode": 9, "msg":"signature does not exist or cannot be matched"}"#)
        let error = await gatewayError { try await client.startQRPayment(payment()) }
        #expect(
            error
                == .cashier(
                    .requestRefused(
                        GatewayRawError(code: "9", message: "signature does not exist or cannot be matched"))))
    }

    /// Documented refusals (1 parameter, 9 signature) settle the create; 4 (too many requests), 500 and
    /// codes the document does not list settle nothing: one status question, never a second create.
    @Test(arguments: [
        (1, CashierErrorKind.requestRefused), (4, .gatewayUnavailable), (500, .gatewayUnavailable),
        (77, .unexpectedAnswer),
    ])
    func errorCodesMap(_ code: Int, _ kind: CashierErrorKind) async {
        #expect(TapInErrors.cashierError(code: code, message: "m") == kind.error(GatewayRawError(code: String(code), message: "m")))
        transport.answer(#"{"errCode": \#(code), "msg": "m"}"#)
        transport.answer(#"{"errCode": 2, "msg": "not found"}"#)
        let error = await gatewayError { try await client.startQRPayment(payment()) }
        if kind == .requestRefused {
            #expect(error == .cashier(kind.error(GatewayRawError(code: String(code), message: "m"))))
            #expect(transport.requests.map(\.method) == ["POST"])
        } else {
            expectUnknownOutcome(error, number: "87324123", mentioning: "\(code): m")
            #expect(transport.requests.map(\.method) == ["POST", "GET"])
        }
    }

    @Test func statusQueryIsSignedAndMapsEveryWord() async throws {
        for (word, state) in [
            ("waiting pay", AttemptState.awaitingBuyer), ("pay success", .succeeded), ("money release", .succeeded),
        ] {
            transport.answer(
                #"{"errCode": 0, "msg": "success", "data": {"collection_id": 1201, "ew_id": "EW2021122800029", "id_1": "87324123", "id_2": "qwert..1.", "status": "\#(word)", "notice": "", "limit_days": 20, "merchant_id": 1, "merchant_phone": "237793692732", "webhook": "https://demo.tapin.tech/mock/test_for", "pay_money": 1500, "tip": 0, "is_customer_fee": 1, "instruction": ""}}"#
            )
            let status = try await client.paymentStatus(
                PaymentReference(orderNumber: order("87324123"), amount: Money(minorUnits: 1500, currency: usd)))
            #expect(status.state == state)
            #expect(status.gatewayStatus == word)
        }
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(
            request.url.absoluteString
                == "https://demo.tapin.tech/api/external_collection/collection_status?id_1=87324123")
        #expect(request.header("signature") == "32cc526683c33c73adf055cbfcea7294")
    }

    @Test func unknownStatusWordIsAnError() async {
        transport.answer(
            #"{"errCode": 0, "msg": "success", "data": {"id_1": "87324123", "status": "paid", "pay_money": 1500}}"#)
        let error = await gatewayError {
            try await client.paymentStatus(
                PaymentReference(orderNumber: order("87324123"), amount: Money(minorUnits: 1500, currency: usd)))
        }
        #expect(error == AnswerError.unknownStatus("paid", field: "data.status"))
    }

    @Test func paidAmountMustMatch() async {
        transport.answer(
            #"{"errCode": 0, "msg": "success", "data": {"id_1": "87324123", "status": "pay success", "pay_money": 1400}}"#
        )
        let error = await gatewayError {
            try await client.paymentStatus(
                PaymentReference(orderNumber: order("87324123"), amount: Money(minorUnits: 1500, currency: usd)))
        }
        #expect(error == AnswerError.mismatch("data.pay_money", sent: "1500", echoed: "1400"))
    }

    @Test func notFoundOnStatusMeansExpiredAndCanceled() async throws {
        transport.answer(#"{"errCode": 2, "msg": "not found"}"#)
        let status = try await client.paymentStatus(
            PaymentReference(orderNumber: order("87324123"), amount: Money(minorUnits: 1500, currency: usd)))
        #expect(status.state == .canceled)
    }

    @Test func lostCreateAnswerAsksStatusAndNeverCreatesAgain() async throws {
        transport.fail(.timedOut)
        transport.answer(#"{"errCode": 2, "msg": "not found"}"#)
        let error = await gatewayError { try await client.startQRPayment(payment()) }
        expectUnknownOutcome(error, number: "87324123", mentioning: "does not know it yet")
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test func lostCreateAnswerOfAnExistingCollectionIsUnconfirmed() async {
        transport.fail(.connectionLost("reset"))
        transport.answer(
            #"{"errCode": 0, "msg": "success", "data": {"id_1": "87324123", "status": "waiting pay", "pay_money": 1500}}"#
        )
        let error = await gatewayError { try await client.startQRPayment(payment()) }
        #expect(
            error == .unconfirmed(orderNumber: "87324123", reason: "TapIn has this collection but its link was lost"))
        #expect(transport.requests.count == 2)
    }

    @Test func duplicateId1IsCheckedByStatusNotCreatedTwice() async {
        transport.answer(#"{"errCode": 2, "msg": "TapIn Pay created by id_1 or id_2"}"#)
        transport.answer(
            #"{"errCode": 0, "msg": "success", "data": {"id_1": "87324123", "status": "pay success", "pay_money": 1500}}"#
        )
        let error = await gatewayError { try await client.startQRPayment(payment()) }
        #expect(
            error == .unconfirmed(orderNumber: "87324123", reason: "TapIn has this collection but its link was lost"))
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test func aLostAnswerWhoseLookupFailsIsUnknown() async {
        transport.fail(.timedOut)
        transport.fail(.timedOut)
        let error = await gatewayError { try await client.startQRPayment(payment()) }
        expectUnknownOutcome(error, number: "87324123", mentioning: "asking by its number failed too")
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test func callbackIsParsedAndAcknowledged() throws {
        let body =
            #"{"collection_id": 1201, "ew_id": "EW2021122800029", "id_1": "87324123", "id_2": "qwert..1.", "status": "pay success", "notice": "The collection has been pushed successfully", "limit_days": 20, "merchant_id": 7, "merchant_phone": "237793692732", "webhook": "https://till.example/hook", "pay_money": 1500, "tip": 100, "is_customer_fee": 1, "instruction": ""}"#
        let callback = try TapInCallback.parse(Data(body.utf8))
        #expect(callback.id1 == "87324123")
        #expect(callback.collectionID == "1201")
        #expect(callback.payMoney == 1500)
        #expect(callback.tip == 100)
        #expect(try callback.state == .succeeded)
        #expect(TapInCallback.acknowledgement == "SUCCESS")
        #expect(TapInCallback.acknowledgementResponse.status == 200)
        #expect(String(decoding: TapInCallback.acknowledgementResponse.body, as: UTF8.self) == "SUCCESS")
    }

    @Test func callbackWithoutId1IsRefused() {
        #expect(throws: GatewayError.self) {
            try TapInCallback.parse(Data(#"{"status": "pay success", "pay_money": 1}"#.utf8))
        }
        #expect(throws: GatewayError.self) { try TapInCallback.parse(Data("SUCCESS".utf8)) }
    }
}
