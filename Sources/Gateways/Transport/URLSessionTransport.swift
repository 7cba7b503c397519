import Foundation
import TillCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real HTTP transport: Foundation's URLSession (FoundationNetworking and libcurl on Linux).
///
/// Plain `http://` is refused for every host that is not loopback, before anything is sent. URLSession
/// has no separate connect timeout: `connectTimeout` bounds how long the transfer may sit idle
/// (which covers opening the connection), and `requestTimeout` bounds the whole exchange.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let requestTimeout: TimeInterval

    /// - Parameters:
    ///   - connectTimeout: seconds without progress before giving up (connecting included).
    ///   - requestTimeout: seconds for the whole request and answer (MOTP Quick Pay needs 45).
    ///
    /// Both are clamped to at least 1 s: FoundationNetworking on Linux fired a 0.5 s timeout at once
    /// (seen on Swift 6.3.1), so shorter values would fail every request.
    public init(connectTimeout: TimeInterval = 10, requestTimeout: TimeInterval = 30) {
        let connectTimeout = max(1, connectTimeout)
        let requestTimeout = max(1, requestTimeout)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = min(connectTimeout, requestTimeout)
        configuration.timeoutIntervalForResource = requestTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
        self.requestTimeout = requestTimeout
    }

    deinit { session.finishTasksAndInvalidate() }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        try TransportPolicy.check(request.url)
        var urlRequest = URLRequest(url: request.url, timeoutInterval: requestTimeout)
        urlRequest.httpMethod = request.method
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        if !request.body.isEmpty { urlRequest.httpBody = request.body }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            throw TransportPolicy.map(error)
        } catch {
            throw TransportError.connectionLost(String(describing: type(of: error)))
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError.connectionLost("the answer was not HTTP")
        }
        var headers: [HTTPHeader] = []
        for (name, value) in http.allHeaderFields {
            headers.append(HTTPHeader(String(describing: name), String(describing: value)))
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}

/// The rules every transport applies: which URLs may be used, and what a URLError means.
public enum TransportPolicy {
    /// Throws `insecureURL` unless `url` is `https://`, or `http://` to a loopback host.
    public static func check(_ url: URL) throws(TransportError) {
        let scheme = url.scheme?.lowercased()
        if scheme == "https" { return }
        if scheme == "http", let host = url.host, isLoopback(host) { return }
        throw TransportError.insecureURL(redactedURL(url))
    }

    /// True for `localhost`, `127.x.x.x` and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The scheme, host, port and path of `url`, without the query (which may carry a client secret).
    static func redactedURL(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil
        components?.user = nil
        components?.password = nil
        return components?.string ?? "(unreadable URL)"
    }

    /// What a URLError means for idempotency: not sent, timed out, or lost after sending.
    public static func map(_ error: URLError) -> TransportError {
        switch error.code {
        case .cannotFindHost, .cannotConnectToHost, .dnsLookupFailed, .notConnectedToInternet,
            .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired, .unsupportedURL, .badURL, .appTransportSecurityRequiresSecureConnection:
            .notSent(describe(error.code))
        case .timedOut:
            .timedOut
        default:
            .connectionLost(describe(error.code))
        }
    }

    private static func describe(_ code: URLError.Code) -> String {
        switch code {
        case .cannotFindHost, .dnsLookupFailed: "the host name could not be resolved"
        case .cannotConnectToHost: "the connection was refused"
        case .notConnectedToInternet: "there is no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            "the TLS connection could not be established"
        case .networkConnectionLost: "the network connection was lost"
        default: "URL error \(code.rawValue)"
        }
    }
}
