import Synchronization
import TillCore

extension Reconciler {
    /// What a time-limited pass did before it returned.
    public struct BoundedPass: Sendable, Equatable {
        /// The attempts settled in time.
        public let reports: [Report]
        /// Whether the pass finished; false when the time ran out first.
        public let finished: Bool
    }

    /// A pass that returns after at most `limit` on `clock`, whatever the gateways do: it runs at the
    /// start of a command, and a gateway that does not answer must not hold up the cashier. When the
    /// time runs out the pass is cancelled (no further order is started; the one under way finishes on
    /// its own, holding its claim) and what was settled by then is returned.
    public func reconcileBounded<C: Clock>(
        within limit: Duration = .seconds(5), clock: C, claims: any OrderClaims
    ) async -> BoundedPass where C.Duration == Duration {
        let settled = Mutex<[Report]>([])
        let work = Task { _ = await reconcileOnce(claims: claims, onReport: { report in settled.withLock { $0.append(report) } }) }
        let finished = await Self.firstOf(work, orAfter: limit, on: clock)
        if !finished { work.cancel() }
        return BoundedPass(reports: settled.withLock { $0 }, finished: finished)
    }

    /// True when `work` ends first, false when `limit` passes first. Returns without waiting for the
    /// loser: a task group would wait for a gateway call that ignores cancellation.
    private static func firstOf<C: Clock>(
        _ work: Task<Void, Never>, orAfter limit: Duration, on clock: C
    ) async -> Bool where C.Duration == Duration {
        let waiter = Mutex<CheckedContinuation<Bool, Never>?>(nil)
        let finish: @Sendable (Bool) -> Void = { result in
            waiter.withLock { continuation in
                continuation?.resume(returning: result)
                continuation = nil
            }
        }
        return await withCheckedContinuation { continuation in
            waiter.withLock { $0 = continuation }
            let timer = Task {
                do {
                    try await clock.sleep(for: limit)
                    finish(false)
                } catch {}
            }
            Task {
                await work.value
                timer.cancel()
                finish(true)
            }
        }
    }
}
