import Foundation
import Sandbox
import TillCore
import Wire

/// An answer as the test saw it on the wire.
struct WireAnswer {
    let status: Int
    let headers: [String: String]
    let text: String

    /// The body read with the exact JSON reader (numbers stay text).
    var json: JSONValue {
        get throws { try JSONParser.parse(text) }
    }
}

/// Speaks HTTP to a running server through the real transport (AsyncHTTPClient): no Till connector
/// code in the path.
struct WireClient {
    let baseURL: String
    private static let transport = AsyncHTTPTransport(requestTimeout: .seconds(10))

    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> WireAnswer {
        var fields = headers.map { HTTPHeader($0.key, $0.value) }
        if body != nil, headers["Content-Type"] == nil { fields.append(HTTPHeader("Content-Type", "application/json")) }
        let request = HTTPRequest(method: method, url: URL(string: baseURL + path)!, headers: fields, body: Data((body ?? "").utf8))
        let response = try await Self.transport.send(request)
        var answerHeaders: [String: String] = [:]
        for header in response.headers { answerHeaders[header.name.lowercased()] = header.value }
        return WireAnswer(status: response.status, headers: answerHeaders, text: String(decoding: response.body, as: UTF8.self))
    }
}
