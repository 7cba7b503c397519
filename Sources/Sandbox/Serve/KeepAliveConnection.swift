#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TillCore

/// One persistent HTTP/1.1 connection that sends requests one after another: what the benchmark
/// uses so it measures the sandbox, not connection set-up. Blocking; use from one thread.
final class KeepAliveConnection {
    private let fd: Int32
    private var reader: SocketReader
    private let hostHeader: String

    init(host: String, port: UInt16) throws(SocketError) {
        let address = try Socket.address(host: host, port: port)
        fd = socket(AF_INET, Socket.streamType, 0)
        guard fd >= 0 else { throw .system("socket") }
        Socket.setTimeout(fd, seconds: 10)
        Socket.setFlag(fd, level: Int32(IPPROTO_TCP), option: TCP_NODELAY)
        guard Socket.connect(fd, address) == 0 else {
            let error = SocketError.system("connect")
            Socket.close(fd)
            throw error
        }
        reader = SocketReader(fd: fd)
        hostHeader = "\(host):\(port)"
    }

    deinit { Socket.close(fd) }

    /// Sends one request and reads its answer; returns the status.
    func send(method: String, target: String, headers: [(String, String)] = [], body: Data = Data()) throws(SocketError) -> Int {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(hostHeader)\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        guard Socket.writeAll(fd, Data(head.utf8) + body) else { throw SocketError(description: "the server closed the connection") }
        do {
            guard let parsed = HTTPWire.parseHead(try reader.readHead()), let status = Int(parsed.first[1]) else {
                throw SocketError(description: "the answer is not HTTP")
            }
            _ = try reader.readBody(count: parsed.contentLength() ?? 0)
            return status
        } catch let error as SocketError {
            throw error
        } catch {
            throw SocketError(description: "the connection closed mid-answer")
        }
    }
}
