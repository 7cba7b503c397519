import Foundation
import Gateways
import Sandbox
import Synchronization
import Testing
import TillCore
import TillTesting
import Wire
import WireHTTPClient

/// Pomelo's `qrCode.url` is an image: Till fetches it over real HTTP from the sandbox server, reads
/// its QR and shows that text; an address that serves no image is shown as it is; a failed fetch or
/// an unreadable image is an error, never a guess.
@Suite("Pomelo QR image against the live sandbox", .timeLimit(.minutes(1)))
struct PomeloQRImageTests {
    private func request(_ sandbox: LiveSandbox, _ tag: String, pence: Int64) -> PaymentRequest {
        PaymentRequest(orderNumber: orderNumber(tag), amount: Money(minorUnits: pence, currency: sandbox.pound), brand: .card)
    }

    /// The transaction's `qrCode.url` as the API answers it.
    private func imageAddress(_ sandbox: LiveSandbox, id: String) async throws -> String {
        let response = try await AsyncHTTPTransport(requestTimeout: .seconds(10)).send(
            HTTPRequest(
                method: "GET", url: sandbox.url("/pomelo/public/transactions/\(id)"),
                headers: [HTTPHeader("Authorization", TestCredentials.pomeloAPIKey)]))
        return try #require(try JSONReader.parse(response.body)["qrCode"]?["url"]?.string)
    }

    @Test func thePayloadIsTheTextOfTheSandboxImage() async throws {
        let sandbox = try LiveSandbox()
        let start = try await sandbox.pomelo().startQRPayment(request(sandbox, "QI", pence: 2000))
        let id = try #require(start.reference.gatewayReference)
        let address = try await imageAddress(sandbox, id: id)
        #expect(address == sandbox.server.baseURL + "/pomelo/public/qr/\(id)/code.png")
        #expect(start.qrPayload == "https://pay.pomelopay.com/checkout/\(id)")
        // The image, read by another reader than Till's, says the same.
        let image = try await AsyncHTTPTransport(requestTimeout: .seconds(10)).send(
            HTTPRequest(method: "GET", url: try #require(URL(string: address))))
        #expect(image.header("Content-Type") == "image/png")
        if ZBar.path != nil {
            #expect(try ZBar.decode(image.body, fileExtension: "png") == start.qrPayload)
        }
        #expect(sandbox.transport.count("GET", "/code.png") == 1, "\(sandbox.transport.trace)")
    }

    @Test func anAddressThatServesAPageIsShownItself() async throws {
        let sandbox = try LiveSandbox()
        let start = try await sandbox.pomelo().startQRPayment(request(sandbox, "QH", pence: 2096))
        let id = try #require(start.reference.gatewayReference)
        #expect(start.qrPayload == sandbox.server.baseURL + "/pomelo/public/qr/\(id)/code.png")
        #expect(start.qrPayload == (try await imageAddress(sandbox, id: id)))
    }

    @Test func aDamagedImageIsAnError() async throws {
        let sandbox = try LiveSandbox()
        let payment = request(sandbox, "QD", pence: 2097)
        await expectQRImageError(sandbox, payment, mentioning: "damaged PNG")
        // The transaction exists: the checkout abandons it as an unknown outcome.
        #expect(try await sandbox.payments().count == 1)
    }

    @Test func aFailedFetchIsAnError() async throws {
        let sandbox = try LiveSandbox(rewrite: { request, response in
            request.url.path.hasSuffix("/code.png") ? HTTPResponse(status: 503, body: Data("busy".utf8)) : response
        })
        await expectQRImageError(sandbox, request(sandbox, "QF", pence: 2000), mentioning: "HTTP 503")
    }

    @Test func anImageOfAnotherKindIsAnErrorNotTheAddress() async throws {
        let sandbox = try LiveSandbox(rewrite: { request, response in
            guard request.url.path.hasSuffix("/code.png") else { return response }
            return HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "image/jpeg")], body: Data([0xFF, 0xD8, 0xFF, 0xE0]))
        })
        await expectQRImageError(sandbox, request(sandbox, "QJ", pence: 2000), mentioning: "not a PNG")
    }

    @Test func theImageIsFetchedWithoutTheAPIKey() async throws {
        let seen = SeenHeaders()
        let sandbox = try LiveSandbox(rewrite: { request, response in
            if request.url.path.hasSuffix("/code.png") { seen.record(request.headers) }
            return response
        })
        _ = try await sandbox.pomelo().startQRPayment(request(sandbox, "QK", pence: 2000))
        let headers = try #require(seen.headers)
        #expect(headers.value(of: "Authorization") == nil)
        #expect(!headers.contains { $0.value.contains(TestCredentials.pomeloAPIKey) })
    }

    private func expectQRImageError(_ sandbox: LiveSandbox, _ payment: PaymentRequest, mentioning words: String) async {
        do {
            let start = try await sandbox.pomelo().startQRPayment(payment)
            Issue.record("expected a qr-image error, got the payload \(start.qrPayload)")
        } catch {
            guard case .cashier(.unexpectedAnswer(let raw)) = error else {
                Issue.record("expected unexpectedAnswer, got \(error)")
                return
            }
            #expect(raw?.code == "qr-image")
            #expect(raw?.message?.contains(words) == true, "\(raw?.message ?? "")")
        }
    }
}

/// The headers of the image request, as the rewrite hook saw them.
private final class SeenHeaders: Sendable {
    private let box = Mutex<[HTTPHeader]?>(nil)
    var headers: [HTTPHeader]? { box.withLock { $0 } }
    func record(_ headers: [HTTPHeader]) { box.withLock { $0 = headers } }
}
