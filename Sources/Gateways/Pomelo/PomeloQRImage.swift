import Foundation
import QRImageReader
import TillCore
import Wire

/// Turns a Pomelo transaction's `qrCode.url` into the text Till draws as the QR code.
///
/// The document calls `qrCode.url` "the URL location of the QR code": an image. Till fetches it
/// through the connector's own transport (without the API key: the image may live on another
/// host), reads the QR in it with `QRImageReader`, and draws that text with its own encoder. An
/// address that serves no image (an HTML checkout page, say) is itself what the buyer's phone must
/// open, so it is drawn as it is. A failed fetch or an image that cannot be read is an error: the
/// transaction exists but the cashier has nothing to show, so the checkout abandons it.
struct PomeloQRImage: Sendable {
    let exchange: Exchange
    /// The API's base URL: its origin may be plain HTTP when the transport allows it (the sandbox).
    let baseURL: URL

    /// The text to draw for the image at `address`.
    func payload(at address: String) async throws(GatewayError) -> String {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
            scheme == "https" || scheme == "http"
        else {
            throw Self.failure("the QR code address \(address) is not an absolute http(s) URL")
        }
        guard scheme == "https" || Self.isLoopback(host) || sameOrigin(url, baseURL) else {
            throw Self.failure("refusing to fetch the QR image from \(address) over plain HTTP: only https:// is allowed")
        }
        let response: HTTPResponse
        do {
            response = try await exchange.send(HTTPRequest(method: "GET", url: url, headers: [HTTPHeader("Accept", "image/png")]))
        } catch {
            throw Self.failure("the QR image could not be fetched from \(address): \(Self.reason(error))")
        }
        guard (200...299).contains(response.status) else {
            throw Self.failure("the QR image address \(address) answered HTTP \(response.status)")
        }
        let body = [UInt8](response.body)
        let contentType = response.header("Content-Type")?.lowercased() ?? ""
        guard QRImageReader.isPNG(body) || contentType.hasPrefix("image/") else { return address }
        do {
            return try QRImageReader.decodeQR(png: body)
        } catch {
            throw Self.failure("the QR image at \(address) cannot be read: \(error.description)")
        }
    }

    /// The error for every way the image fails: the answer to the create call is not usable.
    static func failure(_ message: String) -> GatewayError {
        .cashier(.unexpectedAnswer(GatewayRawError(code: "qr-image", message: message)))
    }

    private static func reason(_ error: ExchangeError) -> String {
        switch error {
        case .transport(let transport): transport.description
        case .gateway(let gateway): gateway.description
        }
    }

    private static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    private func sameOrigin(_ url: URL, _ other: URL) -> Bool {
        url.scheme?.lowercased() == other.scheme?.lowercased() && url.host?.lowercased() == other.host?.lowercased()
            && url.port == other.port
    }
}
