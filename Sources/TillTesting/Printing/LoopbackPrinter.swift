import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A network receipt printer on 127.0.0.1 for the command-line and counter tests: answers the status query as
/// ready and records every connection's bytes. (The printer module's own tests decode them fully.)
public final class LoopbackPrinter: @unchecked Sendable {
    public let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var jobs: [[UInt8]] = []

    public init() throws {
        let socketNumber = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketNumber, $0, length) }
        }
        guard bound == 0, listen(socketNumber, 8) == 0 else { throw CocoaError(.fileWriteUnknown) }
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(socketNumber, $0, &length) }
        }
        listener = socketNumber
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    deinit { close(listener) }

    /// The bytes of every finished connection, oldest first.
    public var received: [[UInt8]] { lock.withLock { jobs } }

    /// Whether some job's bytes contain `text` (ASCII).
    public func printed(_ text: String) -> Bool { received.contains { $0.contains(Array(text.utf8)) } }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            var answered = false
            while true {
                let count = read(connection, &buffer, buffer.count)
                guard count > 0 else { break }
                bytes += buffer[0..<count]
                if !answered, bytes.count >= 6, bytes.starts(with: [0x10, 0x04, 0x02, 0x10, 0x04, 0x04]) {
                    _ = write(connection, [0x12, 0x12], 2)  // DLE EOT 2 and 4: online, paper present
                    answered = true
                }
            }
            lock.withLock { jobs.append(bytes) }  // before the close Till waits for, so the test sees it
            close(connection)
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    public func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}
