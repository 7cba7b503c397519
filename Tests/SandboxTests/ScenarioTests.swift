import Foundation
import Testing
@testable import Sandbox
import TillCore
import TillTesting
import Wire

/// The simulated buyer's own timing and the amount-chosen scenarios, in process on a manual clock.
@Suite("Buyer and scenarios")
struct ScenarioTests {
    let clock = SandboxManualClock()
    let engine: SandboxEngine
    let transport: SandboxTransport

    init() throws {
        engine = try SandboxEngine(configuration: .demo(storeCurrency: "JPY", buyerPaysAfter: 3), clock: clock, outbound: RecordingTransport.receiver())
        transport = SandboxTransport(engine: engine)
    }

    /// Creates a TakeMe Pay source through the in-process transport at the documents' base URL.
    func source(_ amount: Int64) async throws -> String {
        let request = HTTPRequest(
            method: "POST", url: URL(string: "https://api-stg.takemepay.com/v1/sources")!,
            headers: [HTTPHeader("Authorization", "Bearer \(TestCredentials.takeMePayPublicKey)"), HTTPHeader("Content-Type", "application/json")],
            body: Data(#"{"amount":\#(amount),"currency":"JPY","type":"WeChatPay"}"#.utf8))
        let response = try await transport.send(request)
        #expect(response.status == 200)
        return try #require(try JSONReader.parse(response.body)["id"]?.string)
    }

    func state(_ reference: String) -> String? {
        engine.payments().first { $0.reference == reference }?.state
    }

    @Test func theBuyerPaysAFewSecondsAfterTheQRCodeIsShown() async throws {
        let id = try await source(1500)
        clock.advance(seconds: 2.9)
        #expect(state(id) == "pending")
        clock.advance(seconds: 0.1)
        #expect(state(id) == "chargeable")
    }

    @Test func amountEnding91IsDeclined() async throws {
        let id = try await source(1591)
        clock.advance(seconds: 3)
        #expect(state(id) == "failed")
    }

    @Test func amountEnding92IsNeverPaid() async throws {
        let id = try await source(1592)
        clock.advance(seconds: 3600)
        #expect(state(id) == "pending")
    }

    @Test func amountEnding93IsPaidLate() async throws {
        let id = try await source(1593)
        clock.advance(seconds: 179)
        #expect(state(id) == "pending")
        clock.advance(seconds: 1)
        #expect(state(id) == "chargeable")
    }

    @Test func withAManualBuyerNothingHappensUntilTold() async throws {
        let engine = try SandboxEngine(configuration: SandboxConfiguration(buyerPaysAfter: nil), clock: clock, outbound: RecordingTransport.receiver())
        let transport = SandboxTransport(engine: engine)
        let request = HTTPRequest(
            method: "POST", url: URL(string: "http://sandbox.invalid/takemepay/v1/sources")!,
            headers: [HTTPHeader("Authorization", "Bearer \(TestCredentials.takeMePaySecretKey)"), HTTPHeader("Content-Type", "application/json")],
            body: Data(#"{"amount":1500,"currency":"JPY","type":"WeChatPay"}"#.utf8))
        let id = try #require(try JSONReader.parse(try await transport.send(request).body)["id"]?.string)
        clock.advance(seconds: 600)
        #expect(engine.payments().first?.state == "pending")
        #expect(try engine.buyer(.pay, reference: id).get().contains("chargeable"))
        #expect(engine.payments().first?.state == "chargeable")
    }

    @Test func theBuyerIsFoundOnEveryGatewayOrToldWhatIsMissing() {
        let failure = engine.buyer(.pay, reference: "NOTHING")
        #expect(failure == .failure(ControlError.notFound("NOTHING")))
    }

    @Test func demoAccountsAcceptTheStoreCurrency() {
        let configuration = SandboxConfiguration.demo(storeCurrency: "usd")
        #expect(configuration.takeMePayCurrencies == ["JPY", "USD"])
        #expect(configuration.pomeloCurrencies == ["GBP", "USD"])
        #expect(configuration.motpCurrency == "USD")
        #expect(configuration.buyerPaysAfter == 3)
    }
}
