#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TillSystem

/// Why a socket operation failed.
public struct SocketError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    static func system(_ what: String) -> SocketError {
        SocketError(description: "\(what) failed: \(String(cString: strerror(errno)))")
    }
}

/// Thin wrappers over the POSIX socket calls the server and the client need.
enum Socket {
    static let streamType = SocketConstants.streamType
    static let noSignal = SocketConstants.noSignal

    /// An IPv4 address for `host` (`127.0.0.1`, `0.0.0.0`, `localhost`, or a name to resolve).
    static func address(host: String, port: UInt16) throws(SocketError) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        let name = host == "localhost" ? "127.0.0.1" : host
        if inet_pton(AF_INET, name, &address.sin_addr) == 1 { return address }
        var hints = addrinfo()
        hints.ai_family = AF_INET
        hints.ai_socktype = streamType
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &result) == 0, let first = result, let found = first.pointee.ai_addr else {
            throw SocketError(description: "the host \(host) cannot be resolved")
        }
        defer { freeaddrinfo(result) }
        found.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address.sin_addr = $0.pointee.sin_addr }
        return address
    }

    static func bind(_ fd: Int32, _ address: sockaddr_in) -> Int32 {
        var address = address
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
    }

    static func connect(_ fd: Int32, _ address: sockaddr_in) -> Int32 {
        var address = address
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
    }

    static func boundPort(_ fd: Int32) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    static func setTimeout(_ fd: Int32, seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    static func setFlag(_ fd: Int32, level: Int32, option: Int32) {
        var on: Int32 = 1
        _ = setsockopt(fd, level, option, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Writes all of `data`; false when the peer went away.
    static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var sent = 0
            while sent < buffer.count {
                let count = send(fd, base + sent, buffer.count - sent, noSignal)
                if count <= 0 {
                    if count < 0 && errno == EINTR { continue }
                    return false
                }
                sent += count
            }
            return true
        }
    }

    static func close(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }
}

/// Buffered reading from a socket: lines of the head, then exact body lengths.
struct SocketReader {
    enum ReadError: Error { case closed, timedOut, tooLarge }

    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(fd: Int32) { self.fd = fd }

    var hasBufferedBytes: Bool { start < buffer.count }

    private mutating func fill() throws(ReadError) {
        if start > 0 && start == buffer.count { buffer.removeAll(keepingCapacity: true); start = 0 }
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count > 0 { buffer.append(contentsOf: chunk[0..<count]); return }
            if count == 0 { throw .closed }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut }
            throw .closed
        }
    }

    /// The bytes up to and including the blank line that ends an HTTP head.
    mutating func readHead(limit: Int = 65_536) throws(ReadError) -> [UInt8] {
        // Offset from `start` already searched; `fill` may move the buffer, so never keep an absolute index.
        var searched = 0
        while true {
            var index = start + searched
            while index + 3 < buffer.count {
                if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
                    let head = Array(buffer[start..<(index + 4)])
                    start = index + 4
                    return head
                }
                index += 1
            }
            searched = max(0, buffer.count - start - 3)
            if buffer.count - start > limit { throw .tooLarge }
            try fill()
        }
    }

    mutating func readBody(count: Int) throws(ReadError) -> Data {
        while buffer.count - start < count { try fill() }
        let body = Data(buffer[start..<(start + count)])
        start += count
        return body
    }

    mutating func readToEnd(limit: Int) throws(ReadError) -> Data {
        while true {
            do { try fill() } catch .closed { break }
            if buffer.count - start > limit { throw .tooLarge }
        }
        let body = Data(buffer[start...])
        start = buffer.count
        return body
    }
}
