import Foundation
import TillCore
import TillSystem

/// The orders in use, one lock file per order in `orders-in-use/` next to the journal: `till pay`
/// and the counter hold an order's lock from the moment its number is made until they stop waiting
/// on it, and the reconciler of any process leaves a locked order alone. The locks are `flock`s, so
/// a process that dies (even by SIGKILL) lets its orders go at once.
public struct OrderLocks: OrderClaims {
    /// The folder of lock files.
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// The folder beside the journal at `journalPath`.
    public init(besideJournal journalPath: String) {
        folder = URL(fileURLWithPath: journalPath).deletingLastPathComponent().appendingPathComponent("orders-in-use")
    }

    /// The lock file of `order`.
    public func path(of order: MerchantOrderNumber) -> String {
        folder.appendingPathComponent(order.rawValue + ".lock").path
    }

    /// Takes `order`'s lock without waiting: nil when another holder has it; a lock that cannot be
    /// taken at all (an unwritable folder) throws.
    public func lock(_ order: MerchantOrderNumber) throws(FileLockError) -> FileLock? {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileLockError(path: folder.path, reason: "the folder cannot be created")
        }
        return try FileLock.attempt(path(of: order))
    }

    /// Takes the order's lock for the reconciler; the file goes once it is settled. Where no lock can
    /// be taken at all, nobody else can hold one either, so the order is claimed without it.
    public func claim(_ order: MerchantOrderNumber) -> OrderClaim? {
        let taken: FileLock?
        do { taken = try lock(order) } catch { return OrderClaim() }
        guard let taken else { return nil }
        return OrderClaim { taken.release(removingFile: true) }
    }
}
