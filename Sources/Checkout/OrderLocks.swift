import Foundation
import Journal
import TillCore
import TillSystem

/// The orders in use. `till pay` and the counter hold an order's lock from the moment its number is
/// made until they stop waiting on it, and the reconciler of any process leaves a locked order alone.
/// On one counter the locks are lock files in `orders-in-use/` next to the journal (`flock`s); on a
/// store's PostgreSQL journal they are the server's advisory locks, so they hold across machines.
/// Either way a process that dies (even by SIGKILL) lets its orders go at once.
public struct OrderLocks: OrderClaims {
    /// The folder of lock files (unused when the store's server holds the locks).
    public let folder: URL
    /// The store's advisory locks, when the journal is on PostgreSQL.
    public let store: (any StoreLocks)?

    public init(folder: URL, store: (any StoreLocks)? = nil) {
        self.folder = folder
        self.store = store
    }

    /// The folder beside the journal file at `journalPath`.
    public init(besideJournal journalPath: String, store: (any StoreLocks)? = nil) {
        self.init(
            folder: URL(fileURLWithPath: journalPath).deletingLastPathComponent().appendingPathComponent("orders-in-use"),
            store: store)
    }

    /// The lock file of `order`.
    public func path(of order: MerchantOrderNumber) -> String {
        folder.appendingPathComponent(order.rawValue + ".lock").path
    }

    /// Takes `order`'s lock without waiting: nil when another holder has it; a lock that cannot be
    /// taken at all (an unwritable folder, a server that does not answer) throws.
    public func lock(_ order: MerchantOrderNumber) throws(FileLockError) -> OrderLock? {
        if let store {
            return store.tryLock("order:" + order.rawValue) ? OrderLock { store.unlock("order:" + order.rawValue) } : nil
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileLockError(path: folder.path, reason: "the folder cannot be created")
        }
        return try FileLock.attempt(path(of: order)).map { file in OrderLock { file.release(removingFile: true) } }
    }

    /// Takes the order's lock for the reconciler; it goes once the order is settled. Where no lock
    /// file can be made at all, nobody else can hold one either, so the order is claimed without it;
    /// a store's lock that is not granted leaves the order to whoever holds it.
    public func claim(_ order: MerchantOrderNumber) -> OrderClaim? {
        let taken: OrderLock?
        do { taken = try lock(order) } catch { return OrderClaim() }
        guard let taken else { return nil }
        return OrderClaim { taken.release() }
    }
}

/// One order's lock, held until `release`: a lock file, or the store's advisory lock.
public struct OrderLock: Sendable {
    private let letGo: @Sendable () -> Void

    init(release: @escaping @Sendable () -> Void) { letGo = release }

    /// Lets the order go (a lock file is removed).
    public func release() { letGo() }
}
