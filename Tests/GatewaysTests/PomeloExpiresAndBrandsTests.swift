import Foundation
import Testing
import TillCore
import TillTesting

@testable import Gateways

/// Pomelo's `expires` ("at least 1 hour in the future", an ISO time string in UTC) and the brands
/// the account offers.
@Suite struct PomeloExpiresAndBrandsTests {
    let transport = RecordingTransport()
    let clock = TestNow()
    let gbp = Currency(code: "GBP")!

    func client(brands: [Brand] = [.card], expiresMinutes: Int = 60) -> PomeloClient {
        PomeloClient(
            settings: PomeloSettings(
                apiKey: Secret("mysecretkey"), appID: "12345789", currencies: [gbp], brands: brands,
                expiresMinutes: expiresMinutes),
            transport: transport, now: clock.now)
    }

    func payment(_ brand: Brand = .card) -> PaymentRequest {
        PaymentRequest(orderNumber: order("123456789"), amount: Money(minorUnits: 2000, currency: gbp), brand: brand)
    }

    func transaction(expires: String?) -> String {
        let member = expires.map { #", "expires": "\#($0)""# } ?? ""
        return #"{"id": "5e22e1037ac57f000841efff", "localId": "123456789", "state": "QR_CODE_GENERATED", "created": "2023-11-14T22:13:20.000Z", "signature": "36ecfb292852ccae1f79fb845d34a83ef22aeb0a", "amount": 2000, "currency": "GBP", "provider": "card", "qrCode": {"url": "https://example.org/code.png"}\#(member)}"#
    }

    /// What `qrCode.url` serves here: a page, not an image, so its address is what is drawn.
    static let notAnImage = "<!doctype html><p>checkout</p>"

    /// 1_700_000_000 is 2023-11-14T22:13:20Z; an hour and the one-minute transit margin later.
    @Test func createSendsExpiresAnHourAheadInTheDocumentsFormat() async throws {
        transport.answer(transaction(expires: nil))
        transport.answer(Self.notAnImage)
        let start = try await client().startQRPayment(payment())
        let body = try #require(transport.requests.first?.json)
        #expect(body["expires"]?.string == "2023-11-14T23:14:20.000Z")
        #expect(start.expiresAt == Date(timeIntervalSince1970: 1_700_000_000 + 3_660))
    }

    @Test func configuredValidityIsSentAndTheEchoedExpiryIsShown() async throws {
        transport.answer(transaction(expires: "2023-11-15T00:14:20.000Z"))
        transport.answer(Self.notAnImage)
        let start = try await client(expiresMinutes: 120).startQRPayment(payment())
        #expect(transport.requests.first?.json?["expires"]?.string == "2023-11-15T00:14:20.000Z")
        #expect(start.expiresAt == Date(timeIntervalSince1970: 1_700_000_000 + 7_260))
    }

    /// Less than the document's minimum is never sent, whatever the settings say.
    @Test func validityBelowAnHourIsRaisedToTheMinimum() {
        let settings = PomeloSettings(apiKey: Secret("k"), appID: "a", currencies: [gbp], expiresMinutes: 5)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(settings.expiry(from: now) == now.addingTimeInterval(3_660))
    }

    @Test func theSheetOffersTheConfiguredBrandsAndEachIsSentAsProvider() async throws {
        let client = client(brands: [.wechatPay, .alipay])
        #expect(client.qrBrands == [Brand.wechatPay, .alipay])
        transport.answer(transaction(expires: nil))
        transport.answer(Self.notAnImage)
        _ = try await client.startQRPayment(payment(.alipay))
        #expect(transport.requests.first?.json?["provider"]?.string == "alipay")
    }

    @Test func aBrandNotConfiguredIsNotOffered() async {
        let error = await gatewayError { try await client(brands: [.card]).startQRPayment(payment(.wechatPay)) }
        #expect(error == .cashier(.notOffered(gateway: .pomelo, what: "WeChat Pay QR payments")))
        #expect(transport.requests.isEmpty)
    }

    @Test func theDefaultAccountOffersCardSentAsTheDocumentsProvider() async throws {
        #expect(client().qrBrands == [Brand.card])
        transport.answer(transaction(expires: nil))
        transport.answer(Self.notAnImage)
        _ = try await client().startQRPayment(payment())
        #expect(transport.requests.first?.json?["provider"]?.string == "card")
    }
}
