import TillCore
import Wire

/// The outbound side of a sandbox that sends nothing: every webhook is recorded as not sent. The
/// default, so an in-process sandbox (demo mode, tests) never reaches the network; `till sandbox serve`
/// injects the real transport.
public struct NoOutbound: HTTPTransport {
    public init() {}

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        throw .notSent("this sandbox delivers no webhooks (it was started without an outbound transport)")
    }
}
