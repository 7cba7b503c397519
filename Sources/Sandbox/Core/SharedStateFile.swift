#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import Synchronization
import TillCore

/// The state file as several processes share it (demo mode: `till pay` in one terminal, `till
/// refund` in another, the counter in a third): every change is made under an exclusive `flock` on
/// a lock file beside it, on the state as last written by anyone, so no process writes over another's
/// payments. The kernel drops the lock when a process dies, SIGKILL included.
final class SharedStateFile: Sendable {
    /// The state file.
    let url: URL
    /// Which version of the file this process last read or wrote; another stamp means someone else wrote.
    private let seen = Mutex<Stamp?>(nil)

    struct Stamp: Equatable {
        let inode: UInt64
        let seconds: Int
        let nanoseconds: Int
        let size: Int64
    }

    init(url: URL) { self.url = url }

    /// The state at start; a delivery under way when its process stopped is sent again.
    func loadAtStart() throws(SandboxStateError) -> SandboxWorld {
        let lock = try? FileLock.wait(lockPath)
        defer { lock?.release() }
        let world = try StateFile.load(url)
        seen.withLock { $0 = stamp() }
        return world
    }

    /// Runs `change` on the newest state while holding the file lock. `world` is replaced first when
    /// another process wrote the file since this one last read or wrote it.
    func withExclusiveAccess<T>(to world: inout SandboxWorld, _ change: (inout SandboxWorld) -> T) -> T {
        // Without a lock (an unwritable folder) the process still works, as a single process would.
        let lock = try? FileLock.wait(lockPath)
        defer { lock?.release() }
        let now = stamp()
        if now != nil, now != seen.withLock({ $0 }), let fresh = try? StateFile.load(url, resendingUnfinished: false) {
            world = fresh
            seen.withLock { $0 = now }
        }
        return change(&world)
    }

    /// Writes `world`; the caller holds the lock (inside `withExclusiveAccess`).
    func save(_ world: SandboxWorld) throws(SandboxStateError) {
        try StateFile.save(world, to: url)
        seen.withLock { $0 = stamp() }
    }

    private var lockPath: String { url.path + ".lock" }

    private func stamp() -> Stamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Stamp(
            inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
            size: Int64(info.st_size))
    }
}
