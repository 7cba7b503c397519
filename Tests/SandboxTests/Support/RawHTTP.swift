#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Wire
@testable import Sandbox

/// One request on a fresh connection over a plain socket, read until the server closes it: no HTTP
/// library in the path that might send a POST again after a dropped connection.
enum RawHTTP {
    /// What came back: nil status when the server closed the connection without a word.
    struct Answer {
        let status: Int?
        let body: String

        var json: JSONValue {
            get throws { try JSONReader.parse(body) }
        }
    }

    static func send(port: UInt16, _ method: String, _ path: String, headers: [String: String] = [:], body: String = "") throws -> Answer {
        let fd = socket(AF_INET, Socket.streamType, 0)
        defer { Socket.close(fd) }
        Socket.setTimeout(fd, seconds: 60)
        guard Socket.connect(fd, try Socket.address(host: "127.0.0.1", port: port)) == 0 else {
            throw SocketError.system("connect")
        }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(Data(body.utf8).count)\r\nConnection: close\r\n\r\n"
        guard Socket.writeAll(fd, Data((head + body).utf8)) else { throw SocketError.system("write") }
        var reader = SocketReader(fd: fd)
        let text = String(decoding: (try? reader.readToEnd(limit: 1 << 20)) ?? Data(), as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return Answer(status: nil, body: text) }
        let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
        return Answer(status: status, body: String(text[split.upperBound...]))
    }
}
