import Foundation
import TillCore
import Wire

/// An incoming request taken apart for routing: the path below the gateway's prefix, the query
/// parameters (percent-decoded), and the original message.
struct RouteRequest {
    let original: HTTPRequest
    let method: String
    /// Path segments below the gateway prefix: `/takemepay/v1/sources/src_1` → `["sources", "src_1"]`.
    let segments: [String]
    let query: [String: String]
    /// Lower-cased header name → first value.
    private let headerIndex: [String: String]

    init(_ request: HTTPRequest, segments: [String]) {
        original = request
        method = request.method.uppercased()
        self.segments = segments
        var query: [String: String] = [:]
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        for item in components?.queryItems ?? [] where query[item.name] == nil {
            query[item.name] = item.value ?? ""
        }
        self.query = query
        var headerIndex: [String: String] = [:]
        for header in request.headers where headerIndex[header.name.lowercased()] == nil {
            headerIndex[header.name.lowercased()] = header.value
        }
        self.headerIndex = headerIndex
    }

    var body: Data { original.body }
    func header(_ name: String) -> String? { headerIndex[name.lowercased()] }

    /// Splits a URL path into its non-empty segments.
    static func pathSegments(of url: URL) -> [String] {
        let path = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? url.path
        return path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
    }
}
