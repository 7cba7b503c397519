import Checkout
import Foundation
import Journal
import Sandbox
import Synchronization
import Testing
import TerminalUI
import TillCore
import TillStrings
import TillTesting

/// What the runner said about orders in use, in order.
final class OrdersInUse: Sendable {
    let calls = Mutex<[(String, Bool)]>([])
}

/// The counter's payment runner driving the real checkout flows: MOTP connector over real HTTP to the
/// live sandbox, a real journal file, the 3 s / 45 s loop on a manual clock.
@Suite("Counter payment runner", .timeLimit(.minutes(1)))
struct CounterEffectRunnerTests {
    /// A runner on a fresh journal and sandbox, with a 9 s window so a window ends in three polls.
    final class Fixture {
        let sandbox: LiveSandbox
        let clock = ManualClock()
        let inbox = EventInbox()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-runner-\(UUID().uuidString)")
        let journal: JournalStore
        let recorder = OrdersInUse()
        let runner: CounterEffectRunner
        let events = Mutex<[AppEvent]>([])

        init(motpPassword: String = TestCredentials.motpPassword) throws {
            sandbox = try LiveSandbox()
            journal = try JournalStore(path: folder.appendingPathComponent("journal.sqlite").path)
            let service = CheckoutService(
                context: CheckoutContext(
                    journal: journal, gateways: GatewayDirectory([sandbox.motp(password: motpPassword)]), clock: clock,
                    timing: PollTiming(interval: .seconds(3), window: .seconds(9))))
            let recorder = recorder
            runner = CounterEffectRunner(
                service: service, inbox: inbox, ordersInUse: { order, open in recorder.calls.withLock { $0.append((order.rawValue, open)) } },
                timeText: { "12:00" })
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        var changes: [PaymentProgress.Change] {
            let drained = inbox.drain()
            return events.withLock { events in
                events += drained
                return events.compactMap { if case .payment(let progress) = $0 { progress.change } else { nil } }
            }
        }

        /// Waits (on real time, with a deadline) until the runner has posted a change matching `match`.
        func waitFor(_ match: (PaymentProgress.Change) -> Bool) async -> Bool {
            for _ in 0..<500 {
                if changes.contains(where: match) { return true }
                try? await Task.sleep(for: .milliseconds(10))
            }
            return false
        }

        /// Lets `count` polls happen.
        func poll(_ count: Int) async {
            for _ in 0..<count {
                await clock.waitForSleepers(1)
                await clock.advance(by: .seconds(3))
            }
        }

        var orderNumber: String? {
            for change in changes { if case .created(let order, _, _) = change { return order } }
            return nil
        }
    }

    static func isWindowEnd(_ change: PaymentProgress.Change) -> Bool { change == .windowEnded }
    static func isCreated(_ change: PaymentProgress.Change) -> Bool {
        if case .created = change { return true } else { return false }
    }
    static func outcome(_ changes: [PaymentProgress.Change]) -> PaymentResult.Outcome? {
        for change in changes { if case .finished(let result) = change { return result.outcome } }
        return nil
    }

    @Test func aQRPaymentWaitsAnotherWindowWhenAskedAndIsPaid() async throws {
        let fixture = try Fixture()
        let amount = Money(minorUnits: 1234, currency: fixture.sandbox.usd)
        let task = fixture.runner.run(
            .startQR(serial: 7, amount: amount, description: "Coffee", choice: PaymentChoice(gateway: .motp, brand: .wechatPay)))
        #expect(await fixture.waitFor(Self.isCreated))
        let order = try #require(fixture.orderNumber)
        await fixture.poll(3)
        #expect(await fixture.waitFor(Self.isWindowEnd))
        fixture.runner.run(.keepWaiting)
        await fixture.clock.waitForSleepers(1)
        try await fixture.sandbox.buyer(.pay, order)
        await fixture.clock.advance(by: .seconds(3))
        await task?.value
        let changes = fixture.changes
        #expect(Self.outcome(changes) == .paid)
        #expect(changes.contains(.waitingForBuyer(gatewayStatus: "USERPAYING")), "MOTP's word for a code not yet paid")
        #expect(!changes.contains { if case .buyerPaying = $0 { true } else { false } })
        #expect(fixture.events.withLock { $0.contains(.journalChanged) })
        #expect(fixture.recorder.calls.withLock { $0.map(\.0) } == [order, order])
        #expect(fixture.recorder.calls.withLock { $0.map(\.1) } == [true, false])
        let stored = try await fixture.journal.attempt(MerchantOrderNumber(rawValue: order))
        #expect(stored?.state == .succeeded)
    }

    @Test func cancelStopsTheWaitAtOnce() async throws {
        let fixture = try Fixture()
        let task = fixture.runner.run(
            .startQR(serial: 1, amount: Money(minorUnits: 500, currency: fixture.sandbox.usd), description: nil,
                     choice: PaymentChoice(gateway: .motp, brand: .wechatPay)))
        #expect(await fixture.waitFor(Self.isCreated))
        await fixture.clock.waitForSleepers(1)
        fixture.runner.run(.cancel)
        await task?.value
        let outcome = Self.outcome(fixture.changes)
        // MOTP's USERPAYING could still turn into a payment: the order is left to the reconciler.
        #expect(outcome == .unconfirmed, "got \(String(describing: outcome))")
        #expect(fixture.clock.now.offset == .zero, "the wait stopped at once, without waiting for a poll")
        let order = try #require(fixture.orderNumber)
        #expect(try await fixture.journal.attempt(MerchantOrderNumber(rawValue: order))?.state == .unconfirmed)
        #expect(fixture.recorder.calls.withLock { $0.map(\.1) } == [true, false])
    }

    @Test func aQuickPayWhileTheBuyerEntersThePINIsPaid() async throws {
        let fixture = try Fixture()
        let task = fixture.runner.run(
            .startQuickPay(serial: 2, amount: Money(minorUnits: 880, currency: fixture.sandbox.usd), description: nil,
                           buyerCode: "134567890123456781"))
        #expect(await fixture.waitFor(Self.isCreated))
        await fixture.poll(2)
        await task?.value
        let changes = fixture.changes
        #expect(changes.contains { if case .buyerPaying = $0 { true } else { false } })
        #expect(Self.outcome(changes) == .paid)
    }

    @Test func aQuickPayWithNoAnswerInTheWindowIsUnconfirmed() async throws {
        let fixture = try Fixture()
        let task = fixture.runner.run(
            .startQuickPay(serial: 3, amount: Money(minorUnits: 880, currency: fixture.sandbox.usd), description: nil,
                           buyerCode: "134567890123456783"))
        #expect(await fixture.waitFor(Self.isCreated))
        await fixture.poll(3)
        await task?.value
        let changes = fixture.changes
        #expect(!changes.contains(.windowEnded), "nobody is asked: QuickPay gives up by itself")
        #expect(Self.outcome(changes) == .unconfirmed)
        let order = try #require(fixture.orderNumber)
        #expect(try await fixture.journal.attempt(MerchantOrderNumber(rawValue: order))?.state == .unconfirmed)
    }

    @Test(arguments: [(Language.en, "configuration"), (.ja, "決済会社が設定されていません"), (.zhHans, "未配置支付通道")])
    func withoutACheckoutAStartIsRefusedWithAMessage(language: Language, expected: String) async {
        let inbox = EventInbox()
        let runner = CounterEffectRunner(service: nil, inbox: inbox, strings: Strings(language))
        await runner.run(.startQuickPay(serial: 1, amount: Money(minorUnits: 1, currency: Currency(code: "USD")!), description: nil, buyerCode: "134567890123456789"))?.value
        guard case .payment(let progress) = inbox.drain().first, case .finished(let result) = progress.change,
            case .notStarted(let message) = result.outcome
        else {
            Issue.record("expected a refusal")
            return
        }
        #expect(message.contains(expected), "\(message)")
    }

    @Test func aStartTheGatewayRefusesEndsWithTheOrderNumberAndFreesIt() async throws {
        let fixture = try Fixture(motpPassword: "not-the-password")
        await fixture.runner.run(
            .startQR(serial: 4, amount: Money(minorUnits: 500, currency: fixture.sandbox.usd), description: nil,
                     choice: PaymentChoice(gateway: .motp, brand: .wechatPay)))?.value
        let changes = fixture.changes
        guard case .finished(let result) = changes.last, case .notStarted(let message) = result.outcome else {
            Issue.record("expected a refused start, got \(changes)")
            return
        }
        #expect(!message.isEmpty)
        let order = try #require(result.orderNumber, "the stored attempt's order number is on the result")
        // The order is in use from the moment its number is made until the refusal ends the session.
        #expect(fixture.recorder.calls.withLock { $0.map(\.0) } == [order, order])
        #expect(fixture.recorder.calls.withLock { $0.map(\.1) } == [true, false])
        #expect(try await fixture.journal.attempt(MerchantOrderNumber(rawValue: order)) != nil)
    }
}
