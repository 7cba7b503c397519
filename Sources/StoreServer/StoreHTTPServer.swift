import Foundation
import Hummingbird
import Logging
import NIOCore
import TillCore
import Wire

/// The store server's HTTP, on Hummingbird: `POST /webhooks/takemepay`, `/webhooks/tapin` and
/// `/webhooks/pomelo` for the gateways' deliveries, `GET /healthz` for whoever watches the server,
/// and, with a relay, `GET /relay/check` and `GET`/`POST /relay/takemepay/…` for the lanes that hold
/// no secret key. A body over `WebhookDesk.maximumBodyBytes` is refused with 413 before it is read whole.
public struct StoreHTTPServer: Sendable {
    /// The gateways that send webhooks, by the path they post to.
    public static let webhookGateways: [GatewayID] = [.takemepay, .tapin, .pomelo]

    let desk: WebhookDesk
    /// The lanes' secret-key calls; nil when the store server makes none.
    let relay: StoreRelayDesk?
    let logger: Logger

    public init(desk: WebhookDesk, relay: StoreRelayDesk? = nil, logger: Logger) {
        self.desk = desk
        self.relay = relay
        self.logger = logger
    }

    /// Serves on `host`:`port` (0: any free port) until SIGTERM or SIGINT; `listening` is told the
    /// port once the server accepts connections.
    public func run(host: String, port: Int, listening: @escaping @Sendable (Int) -> Void) async throws {
        let app = Application(
            router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "till-store"),
            onServerRunning: { channel in listening(channel.localAddress?.port ?? port) }, logger: logger)
        try await app.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/healthz") { _, _ in "ok" }
        let desk = self.desk
        for gateway in Self.webhookGateways {
            router.post("/webhooks/\(gateway.rawValue)") { request, _ -> Response in
                var request = request
                let body: ByteBuffer
                do { body = try await request.collectBody(upTo: WebhookDesk.maximumBodyBytes) } catch {
                    return Self.response(WebhookReply(status: 413, body: "delivery too large"))
                }
                let headers = request.headers.map { HTTPHeader($0.name.canonicalName, $0.value) }
                return Self.response(await desk.receive(gateway, headers: headers, body: Data(body.readableBytesView)))
            }
        }
        if let relay { addRelayRoutes(to: router, relay) }
        return router
    }

    static func response(_ reply: WebhookReply) -> Response {
        Response(
            status: HTTPResponse.Status(code: reply.status), headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: reply.body)))
    }
}
