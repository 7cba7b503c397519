#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import Synchronization

/// Why a lock file could not be used at all (as opposed to being held by someone else).
public struct FileLockError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "the lock file \(path) cannot be used (\(reason))" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// An advisory `flock` on a file, shared between processes. The kernel drops it when the holder's
/// descriptor closes, however the process ends (SIGKILL included), so a crash never leaves a lock
/// behind; a leftover file without a holder is free to take.
///
/// A holder may delete the file as it releases; a taker that finds, once it holds the lock, that the
/// path no longer names the file it locked starts again, so two holders never share one path.
public final class FileLock: Sendable {
    /// The locked file.
    public let path: String
    private let descriptor: Mutex<Int32?>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    deinit { release() }

    /// Takes the lock if nobody holds it; nil when another descriptor (in this process or another)
    /// holds it now.
    public static func attempt(_ path: String) throws(FileLockError) -> FileLock? {
        try take(path, blocking: false)
    }

    /// Takes the lock, waiting for its holder to release it.
    public static func wait(_ path: String) throws(FileLockError) -> FileLock {
        // A blocking take never answers "held".
        guard let lock = try take(path, blocking: true) else { throw FileLockError(path: path, reason: "not taken") }
        return lock
    }

    /// Whether someone holds the lock right now (a snapshot: it may change at once).
    public static func isHeld(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        do { return try attempt(path) == nil } catch { return false }
    }

    /// Lets the lock go; with `removingFile` the file is deleted first (while still held, so nobody
    /// else can be holding it). Releasing twice does nothing.
    public func release(removingFile: Bool = false) {
        descriptor.withLock { descriptor in
            guard let handle = descriptor else { return }
            if removingFile { unlink(path) }
            close(handle)
            descriptor = nil
        }
    }

    private static func take(_ path: String, blocking: Bool) throws(FileLockError) -> FileLock? {
        while true {
            let handle = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard handle >= 0 else { throw FileLockError(path: path, reason: String(cString: strerror(errno))) }
            var result: Int32
            repeat {
                result = flock(handle, blocking ? LOCK_EX : LOCK_EX | LOCK_NB)
            } while result != 0 && errno == EINTR
            if result != 0 {
                let failure = errno
                close(handle)
                if failure == EWOULDBLOCK { return nil }
                throw FileLockError(path: path, reason: String(cString: strerror(failure)))
            }
            if sameFile(handle, path) { return FileLock(path: path, descriptor: handle) }
            // The holder before us deleted the file as it let go: lock the new one instead.
            close(handle)
        }
    }

    private static func sameFile(_ descriptor: Int32, _ path: String) -> Bool {
        var opened = stat(), named = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0 else { return false }
        return opened.st_ino == named.st_ino && opened.st_dev == named.st_dev
    }
}
