#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

@testable import Printing

/// A network printer on a loopback port (127.0.0.1, an ephemeral port) that records the bytes of each
/// connection, as a printer's raw port 9100 takes them.
final class PrinterSimulator: @unchecked Sendable {
    /// What the simulated printer does with a connection.
    enum Mode: Sendable {
        /// Reads until Till closes its side, then closes.
        case acceptAll
        /// Reads this many bytes and closes with the rest unread, as a printer that stops mid-receipt.
        case closeAfter(Int)
        /// Takes the connection and reads nothing for this many seconds, as a printer whose buffer is
        /// full because it cannot print; then closes.
        case stall(seconds: Double)
    }

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var received: [[UInt8]] = []
    private var mode: Mode
    private var status: PrinterStatus?
    private var stopped = false

    /// A printer in `mode` that answers the status queries (DLE EOT 2 and 4) with `status`, or not at
    /// all when `status` is nil (as printers without status support).
    init(mode: Mode = .acceptAll, status: PrinterStatus? = .ready) throws {
        self.mode = mode
        self.status = status
        let fd = socket(AF_INET, Self.streamType, 0)
        listener = fd
        guard fd >= 0 else { throw SimulatorError("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 4) == 0 else { throw SimulatorError("bind or listen: \(errno)") }
        port = Self.boundPort(listener)
        startServing()
    }

    private func startServing() {
        Thread { self.serve() }.start()
    }

    deinit {
        close(listener)
    }

    /// The bytes of every finished connection, in order.
    var connections: [[UInt8]] {
        lock.withLock { received }
    }

    /// The connections once `count` of them have finished, or after 2 s: a client that gives up
    /// (on a status answer) can be done before the simulator has seen it close.
    func connections(waitingFor count: Int) -> [[UInt8]] {
        for _ in 0..<200 where connections.count < count {
            usleep(10_000)
        }
        return connections
    }

    /// Changes what the next connections meet.
    func setMode(_ mode: Mode) {
        lock.withLock { self.mode = mode }
    }

    /// Changes the status the next connections are answered.
    func setStatus(_ status: PrinterStatus?) {
        lock.withLock { self.status = status }
    }

    /// Stops accepting; the listening socket closes when the simulator goes away.
    func stop() {
        lock.withLock { stopped = true }
    }

    /// A port on 127.0.0.1 where nothing listens: bound, then closed, so connecting is refused.
    static func closedPort() throws -> UInt16 {
        let fd = socket(AF_INET, streamType, 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let port = boundPort(fd)
        close(fd)
        guard port != 0 else { throw SimulatorError("no port") }
        return port
    }

    private func serve() {
        while !lock.withLock({ stopped }) {
            var entry = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 50) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            let (mode, status) = lock.withLock { (self.mode, self.status) }
            if case .stall(let seconds) = mode {
                usleep(UInt32(seconds * 1_000_000))
                lock.withLock { received.append([]) }
                close(connection)
                continue
            }
            let bytes = read(connection, mode: mode, status: status)
            lock.withLock { received.append(bytes) }
            if case .closeAfter = mode {
                // Let the rest of the receipt arrive unread, so closing resets the connection as a
                // printer that stopped does.
                usleep(50_000)
            }
            close(connection)
        }
    }

    private func read(_ connection: Int32, mode: Mode, status: PrinterStatus?) -> [UInt8] {
        var limit = Int.max
        if case .closeAfter(let count) = mode { limit = count }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < limit {
            let count = recv(connection, &buffer, min(buffer.count, limit - bytes.count), 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            let scanFrom = max(0, bytes.count - 2)
            bytes += buffer[0..<count]
            if let status { answerQueries(in: bytes, from: scanFrom, status: status, on: connection) }
        }
        return bytes
    }

    /// Answers each DLE EOT n that starts at or after `start`, as a printer does in real time.
    private func answerQueries(in bytes: [UInt8], from start: Int, status: PrinterStatus, on connection: Int32) {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == 0x10, bytes[index + 1] == 0x04, [2, 4].contains(bytes[index + 2]) {
                var answer = status.answers[bytes[index + 2] == 2 ? 0 : 1]
                _ = send(connection, &answer, 1, 0)
                index += 3
            } else {
                index += 1
            }
        }
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    #else
    private static let streamType = SOCK_STREAM
    #endif

    private static func boundPort(_ fd: Int32) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

struct SimulatorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
