import Foundation

/// An HTTP request as a connector builds it and a transport sends it. Headers keep their order and
/// case as written; the body is raw bytes, because signatures are computed over exactly those bytes.
public struct HTTPRequest: Sendable, Equatable {
    /// `GET`, `POST`, `DELETE`, ...
    public var method: String
    /// The absolute URL, query included.
    public var url: URL
    /// Header fields in order.
    public var headers: [HTTPHeader]
    /// The body bytes (empty for none).
    public var body: Data

    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers.value(of: name) }
}

/// An HTTP answer.
public struct HTTPResponse: Sendable, Equatable {
    /// The status code: 200, 401, 500, ...
    public var status: Int
    /// Header fields in order.
    public var headers: [HTTPHeader]
    /// The body bytes.
    public var body: Data

    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers.value(of: name) }
}

/// One header field.
public struct HTTPHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [HTTPHeader] {
    /// The first value of the header `name` (case-insensitive).
    public func value(of name: String) -> String? {
        first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
