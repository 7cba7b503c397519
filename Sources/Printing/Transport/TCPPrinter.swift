#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A network printer on its raw port (`host = "HOST:9100"`): one TCP connection per receipt.
///
/// Every step is bounded: connecting by `connectTimeout`, writing the receipt by `writeTimeout`, and
/// waiting for the printer to close its side by `closeTimeout`. After the last byte Till closes its
/// side and waits for the printer's: a printer that stopped halfway resets the connection instead of
/// closing it, which is how a receipt cut off after the last write is still reported. A printer that
/// keeps its side open past `closeTimeout` has taken every byte, so that counts as printed.
/// Before the receipt it asks the printer's status (DLE EOT 2 and 4) and waits `statusTimeout` for the
/// answer: out of paper, cover open and errors are reported without sending the receipt; a printer
/// that does not answer is sent the receipt all the same.
/// Host names resolve with `getaddrinfo`, which has no timeout of its own: use an IP address.
public struct TCPPrinter: PrinterConnection {
    /// The printer's host name or IP address.
    public let host: String
    /// The raw printing port, 9100 on most printers.
    public let port: UInt16
    /// Seconds to wait for the connection.
    public let connectTimeout: Double
    /// Seconds to wait for the printer to take the whole receipt.
    public let writeTimeout: Double
    /// Seconds to wait for the printer to close its side after the receipt.
    public let closeTimeout: Double
    /// Seconds to wait for the answer to the status query; 0 sends no query.
    public let statusTimeout: Double

    /// A printer at `host:port`; the default timeouts hold a sale up 10 s at the very worst.
    public init(host: String, port: UInt16 = 9100, connectTimeout: Double = 2, writeTimeout: Double = 5,
                closeTimeout: Double = 2, statusTimeout: Double = 1) {
        self.host = host
        self.port = port
        self.connectTimeout = connectTimeout
        self.writeTimeout = writeTimeout
        self.closeTimeout = closeTimeout
        self.statusTimeout = statusTimeout
    }

    /// A printer at `HOST:PORT` (or `HOST`, port 9100; an IPv6 address in brackets: `[fd00::5]:9100`),
    /// as the `host` setting writes it.
    /// - Throws: ``PrinterError/badAddress(_:)`` for an empty host or a port that is not 1...65535.
    public init(address: String) throws(PrinterError) {
        var host = Substring(address)
        var port: Substring?
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { throw .badAddress(address) }
            port = rest.isEmpty ? nil : rest.dropFirst()
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.firstIndex(of: ":") {
            port = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty else { throw .badAddress(address) }
        guard let port else {
            self.init(host: String(host))
            return
        }
        guard let number = UInt16(port), number > 0 else { throw .badAddress(address) }
        self.init(host: String(host), port: number)
    }

    public var address: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    public func send(_ bytes: [UInt8]) throws(PrinterError) {
        let fd = try connect()
        defer { PosixIO.close(fd) }
        if statusTimeout > 0 { try checkStatus(fd) }
        switch PosixIO.writeAll(fd, bytes, timeoutMilliseconds: Self.milliseconds(writeTimeout), socket: true) {
        case .done:
            break
        case .timedOut(let sent):
            throw .timedOut(address: address, bytesSent: sent, totalBytes: bytes.count, seconds: writeTimeout)
        case .failed(let sent, _, let reason):
            throw .interrupted(address: address, bytesSent: sent, totalBytes: bytes.count, reason: reason)
        }
        if let reason = awaitClose(fd) {
            throw .interrupted(address: address, bytesSent: bytes.count, totalBytes: bytes.count, reason: reason)
        }
    }

    static func milliseconds(_ seconds: Double) -> Int {
        Int((max(0, seconds) * 1000).rounded())
    }

    /// A connected non-blocking socket to the printer.
    private func connect() throws(PrinterError) -> Int32 {
        let target = try resolve()
        defer { freeaddrinfo(target) }
        let info = target.pointee
        let fd = socket(info.ai_family, PosixIO.streamType, 0)
        guard fd >= 0 else { throw .unreachable(address: address, reason: PosixIO.errorText(errno)) }
        PosixIO.setNonBlocking(fd)
        if Glibc_connect(fd, info.ai_addr, info.ai_addrlen) == 0 { return fd }
        guard errno == EINPROGRESS else {
            let reason = PosixIO.errorText(errno)
            PosixIO.close(fd)
            throw .unreachable(address: address, reason: reason)
        }
        guard PosixIO.wait(fd, for: Int16(POLLOUT), milliseconds: Self.milliseconds(connectTimeout)) else {
            PosixIO.close(fd)
            throw .unreachable(address: address, reason: "no answer in \(connectTimeout) s")
        }
        var code: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length)
        guard code == 0 else {
            PosixIO.close(fd)
            throw .unreachable(address: address, reason: PosixIO.errorText(code))
        }
        return fd
    }

    /// The first address of the host; the caller frees it.
    private func resolve() throws(PrinterError) -> UnsafeMutablePointer<addrinfo> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = PosixIO.streamType
        hints.ai_flags = AI_NUMERICSERV
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let result else {
            throw .badAddress(address)
        }
        return result
    }

    /// Asks the printer's status and throws when it cannot print; no answer (or not a status) passes.
    private func checkStatus(_ fd: Int32) throws(PrinterError) {
        let timeout = Self.milliseconds(statusTimeout)
        switch PosixIO.writeAll(fd, PrinterStatus.query, timeoutMilliseconds: timeout, socket: true) {
        case .done: break
        case .timedOut, .failed: throw .unreachable(address: address, reason: "it took no status query")
        }
        let deadline = Clock.now + timeout
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2)
        while answer.count < 2 {
            let left = deadline - Clock.now
            guard left > 0, PosixIO.wait(fd, for: Int16(POLLIN), milliseconds: left) else { return }
            let count = recv(fd, &buffer, 2 - answer.count, 0)
            if count > 0 {
                answer += buffer[0..<count]
            } else if count == 0 || (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) {
                throw .unreachable(address: address, reason: "it closed the connection")
            }
        }
        switch PrinterStatus(offlineCause: answer[0], rollPaper: answer[1]) {
        case .paperOut: throw .paperOut(address: address)
        case .coverOpen: throw .coverOpen(address: address)
        case .fault: throw .printerFault(address: address)
        case .ready, nil: return
        }
    }

    /// Closes Till's side and waits for the printer's; the reason when the printer reset the
    /// connection (it had not read everything), nil when it closed or kept its side open.
    private func awaitClose(_ fd: Int32) -> String? {
        _ = shutdown(fd, Int32(SHUT_WR))
        let deadline = Clock.now + Self.milliseconds(closeTimeout)
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let left = deadline - Clock.now
            guard left > 0, PosixIO.wait(fd, for: Int16(POLLIN), milliseconds: left) else { return nil }
            // Status bytes a printer sends back (automatic status back) are read and ignored.
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { return nil }
            if count < 0, errno != EINTR, errno != EAGAIN, errno != EWOULDBLOCK {
                return "the printer dropped the connection before reading it all: \(PosixIO.errorText(errno))"
            }
        }
    }
}

/// `connect` under a name that does not clash with ``TCPPrinter``'s own method.
private func Glibc_connect(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>!, _ length: socklen_t) -> Int32 {
    #if canImport(Glibc)
    return Glibc.connect(fd, address, length)
    #else
    return Darwin.connect(fd, address, length)
    #endif
}
