import Foundation
import Synchronization

/// The sandbox's sense of time. Every deadline, token lifetime and retry schedule reads it, so tests
/// drive time by hand instead of waiting.
public protocol SandboxClock: Sendable {
    /// The current time.
    var now: Date { get }
    /// Waits `seconds` of this clock's time.
    func sleep(seconds: Double) async
    /// Waits `seconds` of this clock's time on a thread of its own (the HTTP server's connection
    /// threads), without needing the concurrency pool, which may be busy.
    func blockingSleep(seconds: Double)
}

/// Wall-clock time.
public struct SystemClock: SandboxClock {
    public init() {}
    public var now: Date { Date() }
    public func sleep(seconds: Double) async {
        try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }

    public func blockingSleep(seconds: Double) {
        Thread.sleep(forTimeInterval: max(0, seconds))
    }
}

/// A clock that moves only when told: tests advance it instead of sleeping.
public final class SandboxManualClock: SandboxClock {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    /// Moves the clock forward.
    public func advance(seconds: Double) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sleeping on a manual clock advances it, so code that waits finishes at once in tests.
    public func sleep(seconds: Double) async {
        advance(seconds: seconds)
        await Task.yield()
    }

    public func blockingSleep(seconds: Double) {
        advance(seconds: seconds)
    }
}
