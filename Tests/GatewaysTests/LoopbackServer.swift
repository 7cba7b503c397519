import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for transport tests: it answers each connection with the
/// next scripted reply (or closes it without answering) and records the raw requests.
final class LoopbackServer: Sendable {
    enum Reply: Sendable {
        case respond(status: Int, headers: [(String, String)], body: String)
        case closeWithoutAnswer
        /// Reads the request and keeps the connection open, unanswered, until the server stops.
        case holdOpen
    }

    let port: UInt16
    private let listener: Int32
    private let state = Mutex<(replies: [Reply], requests: [String], held: [Int32])>(([], [], []))

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

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let request = readRequest(connection)
            let reply = state.withLock { state -> Reply in
                state.requests.append(request)
                return state.replies.isEmpty ? .closeWithoutAnswer : state.replies.removeFirst()
            }
            if case .holdOpen = reply {
                state.withLock { $0.held.append(connection) }
                continue
            }
            if case .respond(let status, let headers, let body) = reply {
                var text = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
                for (name, value) in headers { text += "\(name): \(value)\r\n" }
                text += "\r\n" + body
                let bytes = Array(text.utf8)
                _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
            }
            close(connection)
        }
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
