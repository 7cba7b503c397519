import Foundation
import Synchronization

/// A clock that moves only when told to. Tests use it in place of `ContinuousClock`, so the checkout's
/// 3 s / 45 s loop runs in microseconds and exactly to the tick.
///
/// A test starts the task that sleeps, waits with `waitForSleepers(_:)` until it is asleep on the
/// clock, and then advances. Advancing wakes every sleeper whose deadline has come, in deadline order.
public final class ManualClock: Clock, Sendable {
    /// A point on the manual clock: the time since the clock's start.
    public struct Instant: InstantProtocol, Sendable {
        public var offset: Duration

        public init(offset: Duration) { self.offset = offset }
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        let id: UInt64
        let deadline: Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Sleeper] = []
        var nextID: UInt64 = 0
        var sleeperWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

        /// Removes and returns the waiters whose sleeper count has been reached.
        mutating func satisfiedWaiters() -> [CheckedContinuation<Void, Never>] {
            let ready = sleeperWaiters.filter { $0.count <= sleepers.count }.map(\.continuation)
            sleeperWaiters.removeAll { $0.count <= sleepers.count }
            return ready
        }
    }

    private let state = Mutex(State())

    public init() {}

    public var now: Instant { state.withLock { $0.now } }
    public var minimumResolution: Duration { .zero }

    /// How many tasks are asleep on this clock right now.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        let id = state.withLock { state -> UInt64 in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let (wakeNow, waiters) = state.withLock { state -> (Bool, [CheckedContinuation<Void, Never>]) in
                    if deadline <= state.now { return (true, []) }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return (false, state.satisfiedWaiters())
                }
                for waiter in waiters { waiter.resume() }
                if wakeNow { continuation.resume() }
            }
        } onCancel: {
            let cancelled = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            cancelled?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward by `duration`, waking every sleeper whose deadline has come, one deadline at
    /// a time, and letting each woken task run before time moves on.
    public func advance(by duration: Duration) async {
        let target = now.advanced(by: duration)
        while true {
            let due = state.withLock { state -> [Sleeper] in
                guard let next = state.sleepers.map(\.deadline).min(), next <= target else {
                    state.now = target
                    return []
                }
                state.now = next
                let ready = state.sleepers.filter { $0.deadline <= next }
                state.sleepers.removeAll { $0.deadline <= next }
                return ready
            }
            if due.isEmpty { return }
            for sleeper in due { sleeper.continuation.resume() }
            await Self.letOthersRun()
        }
    }

    /// Returns once at least `count` tasks are asleep on the clock. Tests call it before `advance`, so
    /// time never moves while the task under test is still busy. (Give such suites a time limit: a
    /// sleeper that never comes would otherwise wait for ever.)
    public func waitForSleepers(_ count: Int = 1) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = state.withLock { state -> Bool in
                if state.sleepers.count >= count { return true }
                state.sleeperWaiters.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    private static func letOthersRun() async {
        for _ in 0..<50 { await Task.yield() }
    }
}
