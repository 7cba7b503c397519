import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Sandbox

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

/// Speaks raw HTTP to a running server through URLSession: no Till connector code in the path.
struct WireClient {
    let baseURL: String
    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        return URLSession(configuration: configuration)
    }()

    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> WireAnswer {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body {
            request.httpBody = Data(body.utf8)
            if headers["Content-Type"] == nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        }
        let (data, response) = try await Self.session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields[String(describing: key).lowercased()] = String(describing: value) }
        return WireAnswer(status: http.statusCode, headers: fields, text: String(decoding: data, as: UTF8.self))
    }
}
