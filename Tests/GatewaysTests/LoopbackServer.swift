import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for transport tests: it reads one request per connection,
/// answers it with the next scripted reply (or closes it without answering), and records the raw
/// requests and how many connections it accepted.
final class LoopbackServer: Sendable {
    enum Reply: Sendable {
        case respond(status: Int, headers: [(String, String)], body: String)
        case closeWithoutAnswer
        /// Reads the request and keeps the connection open, unanswered, until the server stops.
        case holdOpen
        /// Answers with `Connection: keep-alive`, then closes the connection as an idle server does.
        case respondKeepAliveThenClose(body: String)
        /// Answers 200 with a chunked body that never ends, until the client stops reading or
        /// `limit` bytes were written; `written` tells how far it got.
        case respondEndlessly(limit: Int)
        /// Answers 200 announcing a `Content-Length` of `length` bytes, and sends a few of them.
        case announceLength(Int)
    }

    let port: UInt16
    private let listener: Int32
    private let state = Mutex<(replies: [Reply], requests: [String], held: [Int32], connections: Int, written: Int)>(
        ([], [], [], 0, 0))

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in state.withLock({ $0.held }) { close(connection) }
    }

    func enqueue(_ reply: Reply) { state.withLock { $0.replies.append(reply) } }
    var requests: [String] { state.withLock { $0.requests } }
    /// How many connections were accepted.
    var connections: Int { state.withLock { $0.connections } }
    /// The body bytes `respondEndlessly` managed to write.
    var written: Int { state.withLock { $0.written } }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            state.withLock { $0.connections += 1 }
            let request = readRequest(connection)
            let reply = state.withLock { state -> Reply in
                state.requests.append(request)
                return state.replies.isEmpty ? .closeWithoutAnswer : state.replies.removeFirst()
            }
            if case .holdOpen = reply {
                state.withLock { $0.held.append(connection) }
                continue
            }
            answer(reply, on: connection)
            close(connection)
        }
    }

    private func answer(_ reply: Reply, on connection: Int32) {
        switch reply {
        case .respond(let status, let headers, let body):
            var text = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
            for (name, value) in headers { text += "\(name): \(value)\r\n" }
            write("\(text)\r\n\(body)", to: connection)
        case .respondKeepAliveThenClose(let body):
            write("HTTP/1.1 200 OK\r\nContent-Length: \(body.utf8.count)\r\nConnection: keep-alive\r\n\r\n\(body)", to: connection)
        case .announceLength(let length):
            write("HTTP/1.1 200 OK\r\nContent-Length: \(length)\r\n\r\n{\"a\":", to: connection)
        case .respondEndlessly(let limit):
            streamEndlessly(on: connection, limit: limit)
        case .closeWithoutAnswer, .holdOpen:
            break
        }
    }

    private func streamEndlessly(on connection: Int32, limit: Int) {
        guard write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", to: connection) else { return }
        let chunk = "10000\r\n" + String(repeating: "x", count: 0x10000) + "\r\n"
        var written = 0
        while written < limit, write(chunk, to: connection) {
            written += 0x10000
            state.withLock { $0.written = written }
        }
    }

    /// Writes all of `text`; false once the peer has gone (no SIGPIPE).
    @discardableResult
    private func write(_ text: String, to connection: Int32) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                send(connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private func readRequest(_ connection: Int32) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
            let text = String(decoding: received, as: UTF8.self)
            guard let headerEnd = text.range(of: "\r\n\r\n") else { continue }
            let head = text[..<headerEnd.lowerBound].lowercased()
            let length =
                head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if text.utf8.count - text[..<headerEnd.upperBound].utf8.count >= length { break }
        }
        return String(decoding: received, as: UTF8.self)
    }
}
