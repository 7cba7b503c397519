import Logging
import NIOPosix
import PostgresNIO
import Synchronization
import TillCore

/// The store's order locks on its PostgreSQL: session-level advisory locks, on a session of their own
/// (apart from the journal's, whose turns are an actor's). A lane that dies, even by SIGKILL, loses
/// its session and every lock with it, as a lock file's `flock` goes with its process. Within one
/// process a lock is taken once: PostgreSQL would grant its own session the same lock again.
public final class PostgresAdvisoryLocks: StoreLocks {
    private let connection: PostgresConnection
    private let logger: Logger
    private let held = Mutex<Set<Int64>>([])

    public init(address: PostgresAddress) throws(JournalError) {
        var logger = Logger(label: "till.journal.locks")
        logger.logLevel = .critical
        self.logger = logger
        connection = try PostgresJournalConnection.connect(address, logger: logger)
    }

    deinit { try? connection.close().wait() }

    /// Takes the lock named `name` without waiting: false when another session (another lane, or this
    /// process already) holds it, or the server cannot be asked.
    public func tryLock(_ name: String) -> Bool {
        let key = Self.key(name)
        guard held.withLock({ $0.insert(key).inserted }) else { return false }
        let granted = (try? ask("SELECT pg_try_advisory_lock(\(key)) AS granted")) ?? false
        if !granted { _ = held.withLock { $0.remove(key) } }
        return granted
    }

    /// Whether this process holds the lock named `name`, taking it when it is free: for a lock a
    /// process keeps while it can (the store's reconciler).
    public func holdOrTake(_ name: String) -> Bool {
        held.withLock { $0.contains(Self.key(name)) } || tryLock(name)
    }

    /// Lets the lock named `name` go.
    public func unlock(_ name: String) {
        let key = Self.key(name)
        guard held.withLock({ $0.remove(key) != nil }) else { return }
        _ = try? ask("SELECT pg_advisory_unlock(\(key)) AS granted")
    }

    private func ask(_ sql: String) throws -> Bool {
        let rows = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait().rows
        guard let cell = rows.first?.first(where: { _ in true }) else { return false }
        return try cell.decode(Bool.self)
    }

    /// FNV-1a of the name: a lock key per order number (the journal's writer lock is apart).
    static func key(_ name: String) -> Int64 { Int64(bitPattern: FNV1a.hash(name)) }
}
