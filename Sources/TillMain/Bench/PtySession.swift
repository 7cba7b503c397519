import Foundation
import TerminalUI
import TillCore
import TillSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The real `till` binary running in a pseudo-terminal of its own, as in a cashier's terminal: the
/// benchmark types into the master side and reads the UI's timing trace (`TILL_TRACE`).
final class PtySession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Linux's TIOCSPTLCK and TIOCGPTN (`_IOW('T', 0x31, int)`, `_IOR('T', 0x30, unsigned)`), which
    /// Swift's Glibc does not export.
    private static let unlockRequest: UInt = 0x4004_5431
    private static let numberRequest: UInt = 0x8004_5430

    let pid: pid_t
    /// CLOCK_MONOTONIC nanoseconds just before the process was started.
    let startedAt: Int64
    private let master: Int32
    private let traceFile: String
    private let folder: String
    /// The read end of the trace FIFO, -1 once Till has closed its end.
    private var traceDescriptor: Int32 = -1
    private var masterIsOpen = true
    private var pendingTrace: [UInt8] = []
    /// Every trace line read so far, in order.
    private(set) var records: [TraceRecord] = []
    private var exited = false

    /// Starts `binary arguments...` at `columns`×`rows` with TERM=xterm-256color and fresh, empty
    /// XDG folders (so Till runs in demo mode and touches nothing of the user's).
    init(binary: String, arguments: [String], columns: UInt16 = 80, rows: UInt16 = 24) throws {
        folder = NSTemporaryDirectory() + "till-bench-\(UUID().uuidString)"
        for sub in ["config", "data"] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        // A FIFO, not a file: the benchmark sleeps in poll(2) until Till writes a line, instead of
        // re-reading a file every millisecond and taking the CPU from the Till it measures.
        traceFile = "\(folder)/trace"
        guard mkfifo(traceFile, 0o600) == 0 else { throw Failure(description: "cannot make the trace FIFO (errno \(errno))") }
        traceDescriptor = open(traceFile, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard traceDescriptor >= 0 else { throw Failure(description: "cannot open the trace FIFO (errno \(errno))") }
        // posix_openpt and friends are not visible from Swift's Glibc: their Linux ioctls are.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.unlockRequest, &unlock) == 0, ioctl(master, Self.numberRequest, &number) == 0
        else {
            throw Failure(description: "cannot open a pseudo-terminal (errno \(errno))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let environment = [
            "TERM": "xterm-256color", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder, "XDG_CONFIG_HOME": "\(folder)/config", "XDG_DATA_HOME": "\(folder)/data",
            "TILL_TRACE": traceFile, "LANG": "C.UTF-8",
        ]
        startedAt = TraceRecord.now()
        pid = try Self.spawn(binary, arguments, slavePath: slavePath, environment: environment)
    }

    private static func spawn(
        _ binary: String, _ arguments: [String], slavePath: String, environment: [String: String]
    ) throws -> pid_t {
        // The slave becomes the child's terminal: its standard streams.
        let terminal = [Int32(0), 1, 2].map { ProcessSpawner.OpenFile(descriptor: $0, path: slavePath, flags: O_RDWR) }
        do {
            return try ProcessSpawner.spawn(binary, arguments: arguments, environment: environment, files: terminal)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Types `bytes` on the terminal; returns the CLOCK_MONOTONIC time just before the write.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Int64 {
        let time = TraceRecord.now()
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if errno != EINTR && errno != EAGAIN { break }
        }
        return time
    }

    /// Drains the terminal's output (so Till never blocks writing) and reads new trace lines,
    /// until `condition` holds for the records or `timeout` seconds pass. True if it held.
    @discardableResult
    func pump(timeout: Double, until condition: ([TraceRecord]) -> Bool = { _ in false }) -> Bool {
        let deadline = TraceRecord.now() + Int64(timeout * 1e9)
        while true {
            if condition(records) { return true }
            let now = TraceRecord.now()
            if now >= deadline { return false }
            wait(milliseconds: Int32(min(1_000, (deadline - now + 999_999) / 1_000_000)))
        }
    }

    /// Sleeps in poll(2) until the terminal or the trace has something, or `milliseconds` pass.
    private func wait(milliseconds: Int32) {
        var descriptors = [
            pollfd(fd: masterIsOpen ? master : -1, events: Int16(POLLIN), revents: 0),
            pollfd(fd: traceDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        guard masterIsOpen || traceDescriptor >= 0 else {
            usleep(UInt32(milliseconds) * 1_000)
            return
        }
        guard poll(&descriptors, 2, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        if descriptors[0].revents != 0 {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 && errno != EINTR && errno != EAGAIN { masterIsOpen = false }
        }
        if descriptors[1].revents != 0 {
            let count = buffer.withUnsafeMutableBytes { read(traceDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                readTrace(buffer[..<count])
            } else if count == 0 {
                close(traceDescriptor)
                traceDescriptor = -1
            }
        }
    }

    private func readTrace(_ bytes: ArraySlice<UInt8>) {
        pendingTrace += bytes
        while let newline = pendingTrace.firstIndex(of: UInt8(ascii: "\n")) {
            if let record = TraceRecord(line: Substring(String(decoding: pendingTrace[..<newline], as: UTF8.self))) {
                records.append(record)
            }
            pendingTrace.removeSubrange(...newline)
        }
    }

    /// Resident memory of the process now, in KiB, from /proc/PID/status.
    func residentKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        return TraceRecord.residentKiB(procStatus: status)
    }

    /// Asks Till to quit (F10), then SIGTERM, then SIGKILL; waits for it and removes the folders.
    func stop() {
        defer {
            close(master)
            if traceDescriptor >= 0 { close(traceDescriptor) }
            try? FileManager.default.removeItem(atPath: folder)
        }
        guard !exited else { return }
        send(Array("\u{1B}[21~".utf8))
        for signal in [Int32(0), SIGTERM, SIGKILL] {
            if signal != 0 { kill(pid, signal) }
            let deadline = TraceRecord.now() + 2_000_000_000
            while TraceRecord.now() < deadline {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    exited = true
                    return
                }
                wait(milliseconds: 5)
            }
        }
    }
}
