import Foundation
import TillCore
import Wire

/// Masks secrets in what is logged: the one redaction function every connector's log goes through.
///
/// It masks the values of sensitive headers (by name), of sensitive JSON members and query items (by
/// key: passwords, tokens, signatures, client secrets, buyer codes), and any literal occurrence of a
/// secret the connector holds, wherever it appears.
public struct Redactor: Sendable {
    /// Header names whose values are never logged (lower case).
    public static let sensitiveHeaders: Set<String> = [
        "authorization", "signature", "takemepay-signature", "cookie", "set-cookie",
    ]
    /// JSON member and query item names whose values are never logged (lower case).
    public static let sensitiveKeys: Set<String> = [
        "password", "token", "signature", "clientsecret", "secret", "ss_code", "apikey", "api_key", "auth_code",
        "access_token",
    ]

    private let secrets: [String]

    /// - Parameter secrets: the connector's secrets; each is masked wherever it appears literally.
    public init(secrets: [Secret] = []) {
        self.secrets = secrets.map { $0.reveal() }.filter { $0.count >= 4 }.sorted { $0.count > $1.count }
    }

    /// `text` with every sensitive value masked.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets { result = result.replacingOccurrences(of: secret, with: "***") }
        result = maskJSONMembers(result)
        result = maskQueryItems(result)
        return result
    }

    /// One header line, its value masked when the header is sensitive.
    public func redact(header: HTTPHeader) -> String {
        if Self.sensitiveHeaders.contains(header.name.lowercased()) { return "\(header.name): ***" }
        return "\(header.name): \(redact(header.value))"
    }

    /// A request as one loggable line: method, URL, headers and body, all masked.
    public func describe(_ request: HTTPRequest) -> String {
        let headers = request.headers.map { redact(header: $0) }.joined(separator: "; ")
        let body = String(decoding: request.body, as: UTF8.self)
        return "\(request.method) \(redact(request.url.absoluteString)) [\(headers)] \(redact(body))"
    }

    /// An answer as one loggable line: status, headers and body, all masked.
    public func describe(_ response: HTTPResponse) -> String {
        let headers = response.headers.map { redact(header: $0) }.joined(separator: "; ")
        let body = String(decoding: response.body, as: UTF8.self)
        return "HTTP \(response.status) [\(headers)] \(redact(body))"
    }

    /// Masks `"key": "value"` and `"key": 123` when `key` is sensitive.
    private func maskJSONMembers(_ text: String) -> String {
        guard text.contains("\"") else { return text }
        var output = ""
        var rest = Substring(text)
        while let keyStart = rest.firstIndex(of: "\"") {
            output += rest[..<keyStart]
            rest = rest[keyStart...]
            guard let keyEnd = rest.dropFirst().firstIndex(of: "\"") else { break }
            let key = rest[rest.index(after: keyStart)..<keyEnd]
            output += rest[...keyEnd]
            rest = rest[rest.index(after: keyEnd)...]
            guard Self.sensitiveKeys.contains(key.lowercased()) else { continue }
            let afterSpaces = rest.drop { $0 == " " }
            guard afterSpaces.first == ":" else { continue }
            let valueStart = afterSpaces.dropFirst().drop { $0 == " " || $0 == "\n" }
            output += rest[..<valueStart.startIndex]
            if valueStart.first == "\"" {
                var index = valueStart.index(after: valueStart.startIndex)
                while index < valueStart.endIndex, valueStart[index] != "\"" {
                    if valueStart[index] == "\\" { index = valueStart.index(after: index) }
                    if index < valueStart.endIndex { index = valueStart.index(after: index) }
                }
                output += "\"***\""
                rest = index < valueStart.endIndex ? valueStart[valueStart.index(after: index)...] : ""
            } else {
                let end = valueStart.firstIndex { ",}] \n".contains($0) } ?? valueStart.endIndex
                output += "***"
                rest = valueStart[end...]
            }
        }
        return output + rest
    }

    /// Masks `key=value` in query strings and form bodies when `key` is sensitive.
    private func maskQueryItems(_ text: String) -> String {
        guard text.contains("=") else { return text }
        var output = ""
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let before = rest[..<equals]
            let keyStart = before.lastIndex { "?&; ".contains($0) }.map { before.index(after: $0) } ?? before.startIndex
            let key = before[keyStart...]
            output += rest[...equals]
            rest = rest[rest.index(after: equals)...]
            if Self.sensitiveKeys.contains(key.lowercased()) {
                let end = rest.firstIndex { "&; \"".contains($0) } ?? rest.endIndex
                output += "***"
                rest = rest[end...]
            }
        }
        return output + rest
    }
}
