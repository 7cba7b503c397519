import Foundation
import Synchronization
import Wire

/// Wraps the real transport: records each request's path and answer status, and may rewrite an
/// answer the sandbox really gave (to make it say what the sandbox never would).
public final class RecordingHTTPTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let rewrite: (@Sendable (HTTPRequest, HTTPResponse) -> HTTPResponse)?
    private let log = Mutex<[(method: String, path: String, outcome: String)]>([])

    public init(_ base: any HTTPTransport, rewrite: (@Sendable (HTTPRequest, HTTPResponse) -> HTTPResponse)? = nil) {
        self.base = base
        self.rewrite = rewrite
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        // One connection per request: a lost answer then shows at once as a closed connection.
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
    public func count(_ method: String, _ suffix: String) -> Int {
        log.withLock { $0.filter { $0.method == method && $0.path.hasSuffix(suffix) }.count }
    }

    /// Every request as `METHOD path -> outcome`, for failure messages.
    public var trace: String { log.withLock { $0.map { "\($0.method) \($0.path) -> \($0.outcome)" }.joined(separator: "\n") } }
}
