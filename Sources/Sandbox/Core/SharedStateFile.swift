import Foundation
import Synchronization
import TillCore
import TillSystem

/// The state file as several processes share it (demo mode: `till pay` in one terminal, `till
/// refund` in another, the counter in a third): every change is made under an exclusive `flock` on
/// a lock file beside it, on the state as last written by anyone, so no process writes over another's
/// payments. The kernel drops the lock when a process dies, SIGKILL included.
final class SharedStateFile: Sendable {
    /// The state file.
    let url: URL
    /// The file's bytes as this process last read or wrote them; other bytes mean another process
    /// wrote since. (Bytes, not a time stamp: two writes within one clock tick look alike by time.)
    private let seen = Mutex<Data?>(nil)

    init(url: URL) { self.url = url }

    /// The state at start; a delivery under way when its process stopped is sent again.
    func loadAtStart() throws(SandboxStateError) -> SandboxWorld {
        let lock = try? FileLock.wait(lockPath)
        defer { lock?.release() }
        guard let data = try? Data(contentsOf: url) else { return try StateFile.load(url) }
        let world = try StateFile.decode(data, from: url, resendingUnfinished: true)
        seen.withLock { $0 = data }
        return world
    }

    /// Runs `change` on the newest state while holding the file lock. `world` is replaced first when
    /// another process wrote the file since this one last read or wrote it.
    func withExclusiveAccess<T>(to world: inout SandboxWorld, _ change: (inout SandboxWorld) -> T) -> T {
        // Without a lock (an unwritable folder) the process still works, as a single process would.
        let lock = try? FileLock.wait(lockPath)
        defer { lock?.release() }
        if let data = try? Data(contentsOf: url), data != seen.withLock({ $0 }),
            let fresh = try? StateFile.decode(data, from: url, resendingUnfinished: false)
        {
            world = fresh
            seen.withLock { $0 = data }
        }
        return change(&world)
    }

    /// Writes `world`; the caller holds the lock (inside `withExclusiveAccess`).
    func save(_ world: SandboxWorld) throws(SandboxStateError) {
        let data = try StateFile.save(world, to: url)
        seen.withLock { $0 = data }
    }

    private var lockPath: String { url.path + ".lock" }
}
