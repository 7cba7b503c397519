#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TillSystem

/// The POSIX calls the transports share: non-blocking descriptors, waits bounded by `poll`, and
/// writes that report how far they got, so no call can hang a sale.
enum PosixIO {
    static let streamType = SocketConstants.streamType
    static let noSignal = SocketConstants.noSignal

    /// How a bounded write ended.
    enum WriteEnd: Equatable {
        case done
        /// No progress before the deadline, after `sent` bytes.
        case timedOut(sent: Int)
        /// The peer or device refused more, after `sent` bytes; `code` is errno (0 when nothing was
        /// written without an error), `reason` its strerror.
        case failed(sent: Int, code: Int32, reason: String)
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    static func setNonBlocking(_ fd: Int32) {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    static func close(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    /// Waits until `fd` is ready for `events` or `milliseconds` pass; false on timeout.
    static func wait(_ fd: Int32, for events: Int16, milliseconds: Int) -> Bool {
        let deadline = Clock.now + milliseconds
        while true {
            var entry = pollfd(fd: fd, events: events, revents: 0)
            let left = max(0, deadline - Clock.now)
            let result = poll(&entry, 1, Int32(left))
            if result > 0 { return true }
            if result == 0 || errno != EINTR { return false }
        }
    }

    /// Writes all the bytes to a non-blocking descriptor, giving up when `timeoutMilliseconds` pass
    /// without the whole write done. `socket` chooses `send` (no SIGPIPE) over `write`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], timeoutMilliseconds: Int, socket: Bool) -> WriteEnd {
        let deadline = Clock.now + timeoutMilliseconds
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                let start = buffer.baseAddress! + sent
                return socket ? send(fd, start, bytes.count - sent, noSignal) : write(fd, start, bytes.count - sent)
            }
            if count > 0 {
                sent += count
                continue
            }
            let code = errno
            if count < 0 && code == EINTR { continue }
            guard count < 0, code == EAGAIN || code == EWOULDBLOCK else {
                return count == 0
                    ? .failed(sent: sent, code: 0, reason: "nothing written")
                    : .failed(sent: sent, code: code, reason: errorText(code))
            }
            let left = deadline - Clock.now
            if left <= 0 || !wait(fd, for: Int16(POLLOUT), milliseconds: left) { return .timedOut(sent: sent) }
        }
        return .done
    }
}

/// Milliseconds of the monotonic clock, for deadlines that a change of the wall clock cannot move.
enum Clock {
    static var now: Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
    }
}
