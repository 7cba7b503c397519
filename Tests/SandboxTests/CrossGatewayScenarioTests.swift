import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

/// The amount scenarios hold on every gateway with a QR payment, not only TakeMe Pay.
@Suite("Scenarios on every gateway")
struct CrossGatewayScenarioTests {
    let clock = SandboxManualClock()
    let engine: SandboxEngine

    init() throws {
        engine = try SandboxEngine(configuration: .demo(storeCurrency: "USD", buyerPaysAfter: 3), clock: clock, outbound: RecordingTransport.receiver())
    }

    func motpNative(_ number: String, amount: String) throws {
        let token = engine.handle(HTTPRequest(
            method: "POST", url: URL(string: "http://s/motp/api/token")!,
            body: Data(#"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#.utf8))).response
        let tokenResponse = try #require(token)
        let bearer = try #require(try JSONReader.parse(tokenResponse.body)["data"]?["token"]?.string)
        let answer = engine.handle(HTTPRequest(
            method: "POST", url: URL(string: "http://s/motp/api/native-pay")!, headers: [HTTPHeader("Authorization", "Bearer \(bearer)")],
            body: Data(#"{"service_id":30,"store_id":"109038","amount":\#(amount),"out_trade_no":"\#(number)"}"#.utf8)))
        #expect(answer.response?.status == 200)
    }

    func tapIn(_ id1: String, cents: Int) {
        let answer = engine.handle(HTTPRequest(
            method: "POST", url: URL(string: "https://demo.tapin.tech/api/external_collection/create_external_collection")!,
            headers: [HTTPHeader("signature", TapInState.signature(id1: id1))],
            body: Data(#"{"vendor_id":25467,"amount":\#(cents),"id_1":"\#(id1)","webhook":"https://shop.example/h"}"#.utf8)))
        #expect(answer.response?.status == 200)
    }

    func pomelo(_ localID: String, cents: Int64) {
        let signature = PomeloState.signature(amount: cents, currency: "USD", method: "sha1")!
        let answer = engine.handle(HTTPRequest(
            method: "POST", url: URL(string: "https://api.pomelopay.com/public/transactions")!,
            headers: [HTTPHeader("Authorization", TestCredentials.pomeloAPIKey)],
            body: Data(#"{"localId":"\#(localID)","amount":\#(cents),"currency":"USD","signature":"\#(signature)","deviceId":"\#(TestCredentials.pomeloClientID)","appVersion":"t","apiVersion":"2.0","signMethod":"sha1"}"#.utf8)))
        #expect(answer.response?.status == 200)
    }

    func states() -> [String: String] {
        Dictionary(uniqueKeysWithValues: engine.payments().map { ($0.gateway.rawValue + ":" + $0.amountMinor.description, $0.state) })
    }

    @Test func declineNeverAndLateOnMOTPTapInAndPomelo() throws {
        try motpNative("M-91", amount: "12.91")
        try motpNative("M-92", amount: "12.92")
        try motpNative("M-00", amount: "12.00")
        tapIn("T-93", cents: 1293)
        tapIn("T-91", cents: 1291)
        pomelo("P-91", cents: 1291)
        pomelo("P-93", cents: 1293)
        clock.advance(seconds: 3)
        var now = states()
        #expect(now["motp:1291"] == "FAIL")
        #expect(now["motp:1292"] == "USERPAYING")
        #expect(now["motp:1200"] == "SUCCESS")
        #expect(now["tapin:1291"] == "waiting pay")
        #expect(now["tapin:1293"] == "waiting pay")
        #expect(now["pomelo:1291"] == "CANCELLED")
        #expect(now["pomelo:1293"] == "QR_CODE_GENERATED")
        clock.advance(seconds: 177)
        now = states()
        #expect(now["tapin:1293"] == "pay success")
        #expect(now["pomelo:1293"] == "CONFIRMED")
        #expect(now["motp:1292"] == "USERPAYING")
    }

    @Test func motpMagicDigitsAreReadInTheAccountCurrencysOwnMinorUnit() throws {
        let yenEngine = try SandboxEngine(
            configuration: .demo(storeCurrency: "JPY", buyerPaysAfter: 3), clock: clock, outbound: RecordingTransport.receiver())
        let token = try #require(yenEngine.handle(HTTPRequest(
            method: "POST", url: URL(string: "http://s/motp/api/token")!,
            body: Data(#"{"user":"\#(TestCredentials.motpUser)","password":"\#(TestCredentials.motpPassword)"}"#.utf8))).response)
        let bearer = try #require(try JSONReader.parse(token.body)["data"]?["token"]?.string)
        for (number, amount) in [("Y-92", "1592.00"), ("Y-91", "1591"), ("Y-00", "1500.00")] {
            let answer = yenEngine.handle(HTTPRequest(
                method: "POST", url: URL(string: "http://s/motp/api/native-pay")!,
                headers: [HTTPHeader("Authorization", "Bearer \(bearer)")],
                body: Data(#"{"service_id":30,"store_id":"109038","amount":\#(amount),"out_trade_no":"\#(number)"}"#.utf8)))
            #expect(answer.response?.status == 200)
        }
        clock.advance(seconds: 3)
        let states = Dictionary(uniqueKeysWithValues: yenEngine.payments().map { ($0.reference, $0.state) })
        #expect(states["Y-92"] == "USERPAYING")  // 1592 yen ends in 92: never paid
        #expect(states["Y-91"] == "FAIL")
        #expect(states["Y-00"] == "SUCCESS")
    }
}
