import TillCore
import Wire

/// The in-process way to reach the sandbox: an `HTTPTransport` that hands each request to the same
/// router the HTTP server uses. Demo mode's default.
public struct SandboxTransport: HTTPTransport {
    public let engine: SandboxEngine

    public init(engine: SandboxEngine) {
        self.engine = engine
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        switch engine.handle(request) {
        case .respond(let response, let delay):
            if delay > 0 { await engine.clock.sleep(seconds: delay) }
            return response
        case .dropConnection:
            throw .connectionLost("the sandbox dropped the connection (injected fault)")
        case .loseAnswer:
            throw .connectionLost("the sandbox processed the request but the answer was lost (injected fault)")
        }
    }
}
