#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization
import TillCore
import Wire

/// A small HTTP/1.1 server over POSIX sockets: a thread accepts, a thread per connection serves
/// requests with Content-Length bodies and keep-alive. It hands every request to `handler` and can
/// close a connection without answering, for fault injection.
public final class SandboxHTTPServer: Sendable {
    /// The port it listens on (the ephemeral one chosen when asked for 0).
    public let port: UInt16
    /// The address it listens on.
    public let host: String
    private let listener: Int32
    private let handler: @Sendable (HTTPRequest) -> SandboxOutcome
    private let pause: @Sendable (Double) -> Void
    private let connections = Mutex<Set<Int32>>([])
    private let stopped = Mutex(false)
    private static let maximumBody = 1 << 20
    private static let idleSeconds = 30

    /// Binds and listens now; call `start()` to accept. `pause` holds an answer back for a delay
    /// fault (wall-clock time unless told otherwise).
    public init(
        host: String = "127.0.0.1", port: UInt16 = 0,
        pause: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) },
        handler: @escaping @Sendable (HTTPRequest) -> SandboxOutcome
    ) throws(SocketError) {
        let fd = socket(AF_INET, Socket.streamType, 0)
        guard fd >= 0 else { throw .system("socket") }
        Socket.setFlag(fd, level: SOL_SOCKET, option: SO_REUSEADDR)
        let address = try Socket.address(host: host, port: port)
        guard Socket.bind(fd, address) == 0 else {
            let error = SocketError.system("binding \(host):\(port)")
            Socket.close(fd)
            throw error
        }
        guard listen(fd, 128) == 0 else {
            let error = SocketError.system("listen")
            Socket.close(fd)
            throw error
        }
        listener = fd
        self.host = host
        self.port = Socket.boundPort(fd)
        self.handler = handler
        self.pause = pause
    }

    /// Serves the sandbox engine; delays pass on the engine's clock.
    public convenience init(engine: SandboxEngine, host: String = "127.0.0.1", port: UInt16 = 0) throws(SocketError) {
        let clock = engine.clock
        try self.init(host: host, port: port, pause: { seconds in
            // Connection threads are not the concurrency pool's: they wait without it.
            clock.blockingSleep(seconds: seconds)
        }, handler: { engine.handle($0) })
    }

    /// `http://host:port`.
    public var baseURL: String { "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)" }

    /// Starts accepting connections on a thread of its own.
    public func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "sandbox-accept"
        thread.start()
    }

    /// Stops accepting and closes every open connection.
    public func stop() {
        let already = stopped.withLock { flag in
            defer { flag = true }
            return flag
        }
        guard !already else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        Socket.close(listener)
        connections.withLock { open in
            for fd in open { shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    private var isStopped: Bool { stopped.withLock { $0 } }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            Socket.setTimeout(client, seconds: Self.idleSeconds)
            Socket.setFlag(client, level: Int32(IPPROTO_TCP), option: TCP_NODELAY)
            connections.withLock { _ = $0.insert(client) }
            let thread = Thread { [self] in
                serve(client)
                connections.withLock { _ = $0.remove(client) }
                Socket.close(client)
            }
            thread.name = "sandbox-connection"
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        var reader = SocketReader(fd: fd)
        while !isStopped {
            let head: HTTPWire.Head
            do {
                guard let parsed = HTTPWire.parseHead(try reader.readHead()) else {
                    _ = Socket.writeAll(fd, HTTPWire.serialize(.text(400, "malformed HTTP request\n"), keepAlive: false))
                    return
                }
                head = parsed
            } catch {
                return
            }
            if head.value("transfer-encoding") != nil {
                _ = Socket.writeAll(fd, HTTPWire.serialize(.text(411, "send the body with a Content-Length\n"), keepAlive: false))
                return
            }
            let length = head.contentLength() ?? 0
            guard length <= Self.maximumBody else {
                _ = Socket.writeAll(fd, HTTPWire.serialize(.text(413, "the body is larger than 1 MiB\n"), keepAlive: false))
                return
            }
            if head.value("expect")?.lowercased() == "100-continue", !reader.hasBufferedBytes {
                guard Socket.writeAll(fd, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return }
            }
            guard let body = try? reader.readBody(count: length) else { return }
            let hostHeader = head.value("host") ?? "\(host):\(port)"
            guard let url = URL(string: "http://\(hostHeader)\(head.first[1])") ?? URL(string: "http://127.0.0.1\(head.first[1])") else {
                _ = Socket.writeAll(fd, HTTPWire.serialize(.text(400, "malformed request target\n"), keepAlive: false))
                return
            }
            let request = HTTPRequest(method: head.first[0], url: url, headers: head.headers, body: body)
            let keepAlive = head.value("connection")?.lowercased() != "close" && head.first[2] == "HTTP/1.1"
            switch handler(request) {
            case .respond(let response, let delay):
                if delay > 0 { pause(delay) }
                guard Socket.writeAll(fd, HTTPWire.serialize(response, keepAlive: keepAlive)), keepAlive else { return }
            case .dropConnection, .loseAnswer:
                return
            }
        }
    }
}
