import Foundation
import TillCore

/// The HTTP/1.1 text format: heads parsed, messages written.
enum HTTPWire {
    /// A parsed head: the first line's three words and the header fields.
    struct Head {
        let first: [String]
        let headers: [HTTPHeader]

        func contentLength() -> Int? {
            headers.value(of: "Content-Length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    static func parseHead(_ bytes: [UInt8]) -> Head? {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        while lines.last == "" { lines.removeLast() }
        guard let requestLine = lines.first else { return nil }
        let first = requestLine.split(separator: " ", maxSplits: 2).map(String.init)
        guard first.count == 3 else { return nil }
        var headers: [HTTPHeader] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers.append(HTTPHeader(
                String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        return Head(first: first, headers: headers)
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
