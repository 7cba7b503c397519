import AsyncHTTPClient
import Foundation
import NIOCore
import Wire

/// The real HTTP transport: AsyncHTTPClient on SwiftNIO, with BoringSSL for TLS (no libcurl).
///
/// Every call sends its request at most once. AsyncHTTPClient never re-sends a request by itself
/// (a request given a pooled connection the server has just closed fails with `remoteConnectionClosed`,
/// see `HTTP1ConnectionStateMachine.runNewRequest`), and this transport also gives each request a fresh
/// connection (`maximumUsesPerConnection = 1`), so a keep-alive connection the server closed while idle
/// can never swallow a request. Redirects are not followed: a 307 would send a payment again elsewhere.
///
/// Plain `http://` is refused for every host that is not loopback, before anything is sent.
public struct AsyncHTTPTransport: HTTPTransport {
    /// The most an answer body may hold by default: gateway answers are a few kilobytes.
    public static let defaultMaximumAnswerBytes = 1 << 20

    private let requestTimeout: Duration
    private let maximumAnswerBytes: Int
    private let client: HTTPClient

    /// - Parameters:
    ///   - requestTimeout: the deadline of each call, connecting included (MOTP Quick Pay needs 45 s).
    ///   - maximumAnswerBytes: a larger answer body is refused, so a hostile server cannot exhaust memory.
    public init(requestTimeout: Duration = .seconds(30), maximumAnswerBytes: Int = defaultMaximumAnswerBytes) {
        self.requestTimeout = requestTimeout
        self.maximumAnswerBytes = maximumAnswerBytes
        client = SharedHTTPClient.client
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        try TransportPolicy.check(request.url)
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .init(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if !request.body.isEmpty { outgoing.body = .bytes(ByteBuffer(bytes: request.body)) }
        do {
            let response = try await client.execute(outgoing, timeout: TimeAmount(requestTimeout))
            let body = try await response.body.collect(upTo: maximumAnswerBytes)
            let headers = response.headers.map { HTTPHeader($0.name, $0.value) }
            return HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
        } catch is NIOTooManyBytesError {
            throw .connectionLost("the answer is larger than \(maximumAnswerBytes) bytes, the most Till reads")
        } catch {
            throw TransportErrorMapping.map(error)
        }
    }
}

extension TimeAmount {
    /// `duration` in NIO's unit, to the nanosecond.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// The one client of the process. It lives as long as the process, so it never needs a shutdown
/// (AsyncHTTPClient asserts in debug builds that a client being freed was shut down).
enum SharedHTTPClient {
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.httpVersion = .http1Only
        configuration.maximumUsesPerConnection = 1
        // A refused connection fails the call at once instead of being retried until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = .init(connect: .seconds(10))
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
}
