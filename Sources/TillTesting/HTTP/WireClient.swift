import Foundation
import Wire
import WireHTTPClient

/// An answer as the test saw it on the wire.
public struct WireAnswer: Sendable {
    public let status: Int
    /// Header fields by lower-case name.
    public let headers: [String: String]
    public let text: String

    /// The answer a transport returned, its body read as UTF-8.
    public init(_ response: HTTPResponse) {
        status = response.status
        headers = Dictionary(response.headers.map { ($0.name.lowercased(), $0.value) }) { _, last in last }
        text = String(decoding: response.body, as: UTF8.self)
    }

    /// The body read with the exact JSON reader (numbers stay text).
    public var json: JSONValue {
        get throws { try JSONReader.parse(text) }
    }
}

/// Speaks HTTP to a running server through the real transport (AsyncHTTPClient): no Till connector
/// code in the path.
public struct WireClient: Sendable {
    public let baseURL: String
    private static let transport = AsyncHTTPTransport(requestTimeout: .seconds(10))

    public init(baseURL: String) { self.baseURL = baseURL }

    /// Sends `body` (as JSON unless `headers` say otherwise) and reads the whole answer.
    public func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> WireAnswer {
        var fields = headers.map { HTTPHeader($0.key, $0.value) }
        if body != nil, headers["Content-Type"] == nil { fields.append(HTTPHeader("Content-Type", "application/json")) }
        let request = HTTPRequest(method: method, url: URL(string: baseURL + path)!, headers: fields, body: Data((body ?? "").utf8))
        return WireAnswer(try await Self.transport.send(request))
    }
}
