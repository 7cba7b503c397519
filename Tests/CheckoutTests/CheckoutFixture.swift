import Checkout
import Foundation
import Gateways
import Journal
import TillCore

/// A checkout over a real SQLite journal in a temporary folder, a scripted gateway and a manual clock.
struct CheckoutFixture {
    let clock = ManualClock()
    let gateway: ScriptedGateway
    let journal: JournalStore
    let service: CheckoutService
    let yen = Currency(code: "JPY")!

    init(gateway: ScriptedGateway = ScriptedGateway()) throws {
        self.gateway = gateway
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("till-checkout-\(UUID().uuidString)/journal.sqlite").path
        journal = try TestJournal.open(path)
        let counter = Counter()
        service = CheckoutService(
            context: CheckoutContext(
                journal: journal, gateways: GatewayDirectory([gateway.connector]), clock: clock,
                wallClock: { Date(timeIntervalSince1970: 1_795_000_000) },
                makeOrderNumber: { _ in MerchantOrderNumber(rawValue: "T20261122000000" + counter.next()) }))
    }

    func yen(_ amount: Int64) -> Money { Money(minorUnits: amount, currency: yen) }

    /// Runs one wait window on the manual clock, stepping 3 s at a time once the poller sleeps.
    func waitWindow(_ payment: ActivePayment, steps: Int = 15) async -> WaitResult {
        let waiting = Task { await service.wait(for: payment) }
        for _ in 0..<steps {
            await clock.waitForSleepers(1)
            await clock.advance(by: .seconds(3))
        }
        return await waiting.value
    }
}

extension CheckoutFixture {
    /// Runs `body` while the manual clock moves 3 s at a time, up to `steps` times, and stops moving it
    /// once `body` is done: for flows that may follow a payment or refund on the 3 s loop.
    func runningClock<T: Sendable>(steps: Int = 16, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let done = Mutex(false)
        let task = Task {
            defer { done.withLock { $0 = true } }
            return try await body()
        }
        for _ in 0..<steps where !done.withLock({ $0 }) {
            await clock.advance(by: .seconds(3))
            for _ in 0..<20 { await Task.yield() }
        }
        return try await task.value
    }
}

/// Distinct six-character suffixes for order numbers.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> String {
        let number = value.withLock { value -> Int in
            value += 1
            return value
        }
        let digits = String(number)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }
}

import Synchronization
import TillTesting
