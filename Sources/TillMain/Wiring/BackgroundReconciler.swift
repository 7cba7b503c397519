import Checkout
import Synchronization
import TillCore

/// The reconciler while the counter (or `till store serve`) runs: a task on the real clock that
/// settles what nobody waits on, leaving alone the orders on the counter's screens (`ScreenOrders`)
/// and those locked by other `till` processes. On a store's journal it reconciles only while it leads
/// (`ReconcilerLeadership`): one reconciler for the store. Stopped when the counter closes.
final class BackgroundReconciler: Sendable {
    /// The orders the counter's screens are waiting on; the payment runner begins and ends them.
    let screenOrders: ScreenOrders
    private let task = Mutex<Task<Void, Never>?>(nil)
    private let reconciler: Reconciler
    private let locks: OrderLocks
    private let leadership: ReconcilerLeadership

    init(reconciler: Reconciler, screenOrders: ScreenOrders, locks: OrderLocks) {
        self.reconciler = reconciler
        self.screenOrders = screenOrders
        self.locks = locks
        leadership = ReconcilerLeadership(locks: locks.store)
    }

    /// Starts the passes: every 15 s while they settle something, backing off to every 2 minutes
    /// while nothing changes (a counter may run for days; the gateways need not be asked all the time).
    func start<C: Clock>(clock: C, interval: Duration = .seconds(15), maximumInterval: Duration = .seconds(120))
    where C.Duration == Duration {
        let claims = CounterClaims(screen: screenOrders, locks: locks)
        let reconciler = reconciler, screenOrders = screenOrders, leadership = leadership
        let running = Task.detached(priority: .background) {
            await reconciler.run(clock: clock, interval: interval, maximumInterval: maximumInterval) {
                await screenOrders.endFinished(in: reconciler.service.context.journal)
                return leadership.claims(claims)
            }
        }
        task.withLock { previous in
            previous?.cancel()
            previous = running
        }
    }

    /// Stops the passes; one under way stops before its next order.
    func stop() {
        task.withLock { running in
            running?.cancel()
            running = nil
        }
    }
}
