import TillCore

/// Sends one HTTP request and returns the answer. Connectors speak to gateways only through this, so
/// the real network (`WireHTTPClient.AsyncHTTPTransport`) and the in-process sandbox are interchangeable.
public protocol HTTPTransport: Sendable {
    /// Sends `request`. Throws `TransportError` when no answer arrived.
    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}

/// Why a request got no HTTP answer. The difference matters for idempotency: after `.notSent` the
/// gateway certainly did not see the request; after the others it may have processed it, so the
/// connector asks for the status by the merchant order number before it would ever create again.
public enum TransportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The connection could not be opened (refused, DNS, TLS): the request was not sent.
    case notSent(String)
    /// The request went out but no answer came back in time.
    case timedOut
    /// The connection dropped after the request was sent.
    case connectionLost(String)
    /// The URL is refused by policy (plain `http://` to a host that is not loopback).
    case insecureURL(String)
    /// The store server that makes a lane's secret-key calls (`StoreRelayTransport`) refused the call:
    /// it never reached the gateway.
    case storeServerRefused(StoreServerRefusal)

    public var description: String {
        switch self {
        case .notSent(let why): "the request could not be sent (\(why))"
        case .timedOut: "no answer arrived in time"
        case .connectionLost(let why): "the connection was lost before the answer arrived (\(why))"
        case .insecureURL(let url): "refusing to send to \(url) over plain HTTP: use https:// (plain HTTP is allowed only for 127.0.0.1 and localhost)"
        case .storeServerRefused(.token): "the store server refused this lane's token"
        case .storeServerRefused(.call): "the store server does not make this call for a lane"
        case .storeServerRefused(.noSecretKey): "the store server has no TakeMe Pay secret key"
        }
    }
}
