import Journal
import Synchronization
import TillCore
import TillSystem

/// The orders this process is waiting on right now: the counter's payment screens (or `till pay`).
/// The background reconciler leaves them alone, and each one's lock file in `orders-in-use/` tells
/// the reconcilers of other processes to do the same. Thread-safe.
///
/// The order-number maker calls `begin` as it makes a number, before the attempt is stored, so no
/// reconciler ever sees the attempt unguarded; the payment runner calls `end` once it stops waiting
/// (paid, declined, cancelled or given up), and the reconciler may then settle what is left open.
public final class ScreenOrders: Sendable {
    private let locks: OrderLocks?
    private let held = Mutex<[MerchantOrderNumber: OrderLock?]>([:])

    /// - Parameter locks: the lock files shared with other processes; nil: this process only.
    public init(locks: OrderLocks?) { self.locks = locks }

    /// The payment screen is waiting on `order` (again calling it changes nothing).
    public func begin(_ order: MerchantOrderNumber) {
        held.withLock { held in
            guard held[order] == nil else { return }
            // An unusable lock folder must not stop a sale: the order is then guarded in this process only.
            let lock: OrderLock? = locks.flatMap { try? $0.lock(order) }
            held[order] = .some(lock)
        }
    }

    /// Nobody waits on `order` any more: the reconcilers may settle it.
    public func end(_ order: MerchantOrderNumber) {
        let lock = held.withLock { $0.removeValue(forKey: order) }
        lock??.release()
    }

    /// Nobody waits on any order of this process any more (it is about to end).
    public func endAll() {
        for order in orders { end(order) }
    }

    /// Ends every order the journal already holds as final: no reconciler would touch it anyway, and
    /// a counter that runs for days must not keep a lock open per sale should a screen not end one.
    public func endFinished(in journal: JournalStore) async {
        for order in orders {
            if let attempt = try? await journal.attempt(order), attempt.state.isFinal { end(order) }
        }
    }

    /// Whether the screen is waiting on `order`.
    public func contains(_ order: MerchantOrderNumber) -> Bool { held.withLock { $0[order] != nil } }

    /// Every order waited on now.
    public var orders: Set<MerchantOrderNumber> { held.withLock { Set($0.keys) } }
}

extension ScreenOrders: OrderClaims {
    /// The order for a one-off job of this process (a check now from the history): nil while a
    /// screen here waits on it, or another process holds its lock.
    public func claim(_ order: MerchantOrderNumber) -> OrderClaim? {
        guard let locks else { return SkippingOrders(orders).claim(order) }
        return CounterClaims(screen: self, locks: locks).claim(order)
    }
}

/// What the counter's reconciler may touch: nothing on its own screens, nothing locked elsewhere.
public struct CounterClaims: OrderClaims {
    public let screen: ScreenOrders
    public let locks: OrderLocks

    public init(screen: ScreenOrders, locks: OrderLocks) {
        self.screen = screen
        self.locks = locks
    }

    public func claim(_ order: MerchantOrderNumber) -> OrderClaim? {
        screen.contains(order) ? nil : locks.claim(order)
    }
}
