import Foundation
import TillCore
import Wire

/// The HTTP/1.1 text format: heads parsed, messages written.
enum HTTPWire {
    /// A parsed head: the first line's three words and the header fields.
    struct Head {
        let first: [String]
        let headers: [HTTPHeader]
        /// Lower-cased name → first value, for the server's own lookups.
        private let index: [String: String]

        init(first: [String], headers: [HTTPHeader]) {
            self.first = first
            self.headers = headers
            var index: [String: String] = [:]
            for header in headers where index[header.name.lowercased()] == nil {
                index[header.name.lowercased()] = header.value
            }
            self.index = index
        }

        func value(_ lowercasedName: String) -> String? { index[lowercasedName] }

        func contentLength() -> Int? { value("content-length").flatMap { Int($0) } }
    }

    /// Parses the bytes of a head (through the blank line). Works on bytes: Foundation's string
    /// splitting and trimming cost more than everything else a request does.
    static func parseHead(_ bytes: [UInt8]) -> Head? {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 13 && bytes[index + 1] == 10 {
                if index > lineStart { lines.append(bytes[lineStart..<index]) }
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        guard let requestLine = lines.first else { return nil }
        let first = requestLine.split(separator: 32, maxSplits: 2, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        guard first.count == 3 else { return nil }
        var headers: [HTTPHeader] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 58) else { return nil }
            headers.append(HTTPHeader(trimmed(line[line.startIndex..<colon]), trimmed(line[(colon + 1)...])))
        }
        return Head(first: first, headers: headers)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let byte = slice.first, byte == 32 || byte == 9 { slice = slice.dropFirst() }
        while let byte = slice.last, byte == 32 || byte == 9 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    static func serialize(_ response: HTTPResponse, keepAlive: Bool) -> Data {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for header in response.headers
        where header.name.caseInsensitiveCompare("Content-Length") != .orderedSame
            && header.name.caseInsensitiveCompare("Connection") != .orderedSame {
            head += "\(header.name): \(header.value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n"
        head += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        return Data(head.utf8) + response.body
    }

    static func serialize(_ request: HTTPRequest) -> Data {
        var target = request.url.path.isEmpty ? "/" : request.url.path
        if let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false) {
            target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
            if let query = components.percentEncodedQuery { target += "?" + query }
        }
        var head = "\(request.method) \(target) HTTP/1.1\r\n"
        let host = request.url.host ?? "127.0.0.1"
        head += "Host: \(host)\(request.url.port.map { ":\($0)" } ?? "")\r\n"
        for header in request.headers
        where !["host", "content-length", "connection"].contains(header.name.lowercased()) {
            head += "\(header.name): \(header.value)\r\n"
        }
        head += "Content-Length: \(request.body.count)\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + request.body
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 411: "Length Required"
        case 413: "Payload Too Large"
        case 415: "Unsupported Media Type"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}
