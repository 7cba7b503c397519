import Foundation
import Testing
@testable import Sandbox
import TillCore
import Wire

/// Pomelo's `qrCode.url` in the sandbox: an image address on the host the create request came to,
/// served without the API key and out of the API's faults, with the HTML and damaged-PNG scenarios.
@Suite("Pomelo sandbox QR image")
struct PomeloQRImageRouteTests {
    static let base = "https://api.pomelopay.com/public"

    func create(_ engine: SandboxEngine, pence: Int64) throws -> (id: String, url: String) {
        let body = PomeloTests.body(amount: String(pence))
        let request = HTTPRequest(
            method: "POST", url: try #require(URL(string: Self.base + "/transactions")),
            headers: [HTTPHeader("Authorization", TestCredentials.pomeloAPIKey)], body: Data(body.utf8))
        let json = try JSONReader.parse(String(decoding: try Self.answer(engine.handle(request)).body, as: UTF8.self))
        return (try #require(json["id"]?.string), try #require(json["qrCode"]?["url"]?.string))
    }

    func get(_ engine: SandboxEngine, _ url: String) throws -> HTTPResponse {
        try Self.answer(engine.handle(HTTPRequest(method: "GET", url: try #require(URL(string: url)))))
    }

    static func answer(_ outcome: SandboxOutcome) throws -> HTTPResponse {
        guard case .respond(let response, _) = outcome else { throw Failure(outcome: outcome) }
        return response
    }

    struct Failure: Error { let outcome: SandboxOutcome }

    @Test func theImageIsAPNGAtTheAddressTheRequestCameTo() throws {
        let engine = try SandboxEngine(clock: SandboxManualClock())
        let (id, url) = try create(engine, pence: 2000)
        #expect(url == Self.base + "/qr/\(id)/code.png")
        let image = try get(engine, url)
        #expect(image.status == 200)
        #expect(image.header("Content-Type") == "image/png")
        #expect(image.body.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let served = try get(engine, "http://127.0.0.1:1/pomelo/public/qr/\(id)/code.png")
        #expect(served.body == image.body, "the same image on the loopback server's path")
    }

    @Test func anUnknownTransactionHasNoImage() throws {
        let engine = try SandboxEngine(clock: SandboxManualClock())
        let missing = try get(engine, Self.base + "/qr/000000000000000000000000/code.png")
        #expect(missing.status == 404)
        #expect(String(decoding: missing.body, as: UTF8.self).contains("PP-04-01"))
    }

    @Test func theAPIsFaultsDoNotReachTheImage() throws {
        var rates = FaultRates()
        rates.serverError = 1
        let engine = try SandboxEngine(clock: SandboxManualClock(), faults: FaultPlan(rates: [.pomelo: rates]))
        let refused = try Self.answer(engine.handle(HTTPRequest(
            method: "POST", url: try #require(URL(string: Self.base + "/transactions")),
            headers: [HTTPHeader("Authorization", TestCredentials.pomeloAPIKey)], body: Data(PomeloTests.body().utf8))))
        #expect(refused.status == 500)
        // Every API call answers the injected 500; the image path still reaches its route (a 404 here).
        for _ in 0..<5 {
            let image = try get(engine, Self.base + "/qr/000000000000000000000000/code.png")
            #expect(image.status == 404)
        }
    }

    @Test func amountsEndingIn96ServeAPageAndIn97ADamagedPNG() throws {
        let engine = try SandboxEngine(clock: SandboxManualClock())
        let page = try get(engine, try create(engine, pence: 2096).url)
        #expect(page.status == 200)
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(String(decoding: page.body, as: UTF8.self).contains("https://pay.pomelopay.com/checkout/"))
        let whole = try get(engine, try create(engine, pence: 2000).url).body
        let damaged = try get(engine, try create(engine, pence: 2097).url)
        #expect(damaged.header("Content-Type") == "image/png")
        #expect(damaged.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(damaged.body.count < whole.count)
    }
}
