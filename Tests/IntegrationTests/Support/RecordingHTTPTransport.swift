import Foundation
import Synchronization
import TillCore

/// Wraps the real transport: records each request's path and answer status, and may rewrite an
/// answer the sandbox really gave (to make it say what the sandbox never would).
final class RecordingHTTPTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let rewrite: (@Sendable (HTTPRequest, HTTPResponse) -> HTTPResponse)?
    private let log = Mutex<[(method: String, path: String, outcome: String)]>([])

    init(_ base: any HTTPTransport, rewrite: (@Sendable (HTTPRequest, HTTPResponse) -> HTTPResponse)? = nil) {
        self.base = base
        self.rewrite = rewrite
    }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        // One connection per request: a lost answer then shows at once as a closed connection. On a
        // reused keep-alive connection libcurl instead waits out the idle timeout (5 s of real time).
        var request = request
        request.headers.append(HTTPHeader("Connection", "close"))
        do {
            let response = try await base.send(request)
            log.withLock { $0.append((request.method, request.url.path, String(response.status))) }
            return rewrite?(request, response) ?? response
        } catch {
            log.withLock { $0.append((request.method, request.url.path, "\(error)")) }
            throw error
        }
    }

    /// How many requests went to a path ending in `suffix`.
    func count(_ method: String, _ suffix: String) -> Int {
        log.withLock { $0.filter { $0.method == method && $0.path.hasSuffix(suffix) }.count }
    }

    /// Every request as `METHOD path -> outcome`, for failure messages.
    var trace: String { log.withLock { $0.map { "\($0.method) \($0.path) -> \($0.outcome)" }.joined(separator: "\n") } }
}

/// Receives the sandbox's webhooks in place of a merchant server.
final class WebhookInbox: HTTPTransport {
    private let received = Mutex<[HTTPRequest]>([])

    var requests: [HTTPRequest] { received.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        received.withLock { $0.append(request) }
        return HTTPResponse(status: 200, body: Data("SUCCESS".utf8))
    }
}
