import Foundation
import QRCode
import TillCore
import Wire

/// Pomelo's `qrCode.url`: "the URL location of the QR code", an image. The sandbox serves it at
/// `<base>/qr/<transactionId>/code.png` on the address the create request came to, as a PNG whose QR
/// carries the checkout link a buyer's phone opens. No API key is asked for: it stands for a file
/// host, which the API's injected faults do not reach either.
enum PomeloQRImage {
    /// What the image address serves, by the amount's last two minor digits (documented in the README).
    enum Scenario: Equatable {
        /// The PNG image of the checkout link.
        case png
        /// 96: an HTML checkout page, not an image (Till then shows the address itself).
        case htmlPage
        /// 97: a PNG cut off halfway (Till must refuse it, never guess).
        case damagedPNG

        init(amountMinor: Int64) {
            switch amountMinor % 100 {
            case 96: self = .htmlPage
            case 97: self = .damagedPNG
            default: self = .png
            }
        }
    }

    /// Module size and quiet zone of the served image, in pixels and modules.
    static let renderer = PNGRenderer(quietZone: 4, moduleSize: 6)

    /// True for `GET <base>/qr/<id>/code.png`.
    static func isImageRequest(_ gateway: GatewayID, method: String, segments: [String]) -> Bool {
        gateway == .pomelo && method.uppercased() == "GET" && segments.count == 3 && segments[0] == "qr"
            && segments[2] == "code.png"
    }

    /// The image address of transaction `id`, on the scheme, host and gateway prefix of `request`.
    static func url(id: String, for request: RouteRequest) -> String? {
        guard var components = URLComponents(url: request.original.url, resolvingAgainstBaseURL: false) else { return nil }
        let below = RouteRequest.pathSegments(of: request.original.url).dropLast(request.segments.count)
        components.percentEncodedPath = "/" + (below + ["qr", id, "code.png"]).joined(separator: "/")
        components.query = nil
        components.fragment = nil
        return components.url?.absoluteString
    }

    /// The answer to `GET <base>/qr/<id>/code.png`.
    static func answer(_ request: RouteRequest, _ state: PomeloState) -> HTTPResponse {
        let id = request.segments[1]
        guard let transaction = state.transactions[id] else { return PomeloReply.notFound(id) }
        let png: [UInt8]
        do {
            png = renderer.render(try QREncoder.encode(text: transaction.checkoutLink, ecc: .medium))
        } catch {
            return PomeloReply.error(500, "PP-50-00", "the QR code of \(id) cannot be drawn: \(error)")
        }
        switch Scenario(amountMinor: transaction.amount) {
        case .png:
            return image(png)
        case .damagedPNG:
            return image(Array(png.prefix(png.count / 2)))
        case .htmlPage:
            let page = """
                <!doctype html>
                <html><head><title>Pomelo Pay checkout</title></head>
                <body><a href="\(transaction.checkoutLink)">Pay \(transaction.amount) \(transaction.currency)</a></body></html>

                """
            return HTTPResponse(
                status: 200, headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
        }
    }

    private static func image(_ bytes: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "image/png")], body: Data(bytes))
    }
}
