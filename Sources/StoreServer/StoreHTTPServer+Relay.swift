import Foundation
import Hummingbird
import NIOCore
import TillCore
import Wire

/// The relay's routes: `GET /relay/check`, and `GET`/`POST /relay/takemepay/<TakeMe Pay's path>`.
extension StoreHTTPServer {
    func addRelayRoutes(to router: Router<BasicRequestContext>, _ relay: StoreRelayDesk) {
        router.get(RouterPath(StoreRelay.checkPath)) { request, _ -> Response in
            Self.response(relay.check(authorization: request.headers[.authorization]))
        }
        let prefix = StoreRelay.path(.takemepay)
        for method in [HTTPRequest.Method.get, .post] {
            router.on(RouterPath(prefix + "/**"), method: method) { request, _ -> Response in
                var request = request
                let body: ByteBuffer
                do { body = try await request.collectBody(upTo: StoreRelayDesk.maximumBodyBytes) } catch {
                    return Self.response(RelayReply(verdict: .refusedCall, text: "the call's body is too large"))
                }
                let reply = await relay.relay(
                    method: request.method.rawValue, path: String(request.uri.path.dropFirst(prefix.count)),
                    query: request.uri.query ?? "", authorization: request.headers[.authorization],
                    body: Data(body.readableBytesView))
                return Self.response(reply)
            }
        }
    }

    static func response(_ reply: RelayReply) -> Response {
        // `HTTPFields.Element` is swift-http-types' `HTTPField`, which Hummingbird does not export by name.
        var fields = HTTPFields()
        for header in reply.headers {
            if let name = HTTPFields.Element.Name(header.name) { fields.append(HTTPFields.Element(name: name, value: header.value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: reply.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}
