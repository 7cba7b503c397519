/// Locks that hold across a store's processes and machines, each freed when its holder's process
/// ends: a store journal's PostgreSQL advisory locks (`PostgresAdvisoryLocks`). The checkout's order
/// locks and the store's reconciler lead through them without knowing the database.
public protocol StoreLocks: Sendable {
    /// Takes the lock named `name` without waiting: false when another holds it (or this process does).
    func tryLock(_ name: String) -> Bool
    /// Whether this process holds the lock named `name`, taking it when it is free.
    func holdOrTake(_ name: String) -> Bool
    /// Lets the lock named `name` go.
    func unlock(_ name: String)
}
