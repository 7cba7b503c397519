import Checkout
import Foundation
import Gateways
import Journal
import Synchronization
import Testing
import TillCore

/// The reconciler's time bounds, its backoff and what it leaves alone, all on the manual clock.
@Suite("Reconciler: bounds, backoff and claims", .timeLimit(.minutes(1)))
struct ReconcilerBoundsTests {
    /// An attempt the cashier gave up on: stored, then moved to unconfirmed.
    func givenUp(_ fixture: CheckoutFixture, amount: Int64 = 700) async throws -> PaymentAttempt {
        let payment = try await fixture.service.startQR(amount: fixture.yen(amount), description: nil, gateway: .motp, brand: .wechatPay)
        return try await fixture.journal.move(payment.orderNumber, to: .unconfirmed, at: Date(timeIntervalSince1970: 1_795_000_000), note: "test")
    }

    @Test func aGatewayThatNeverAnswersHoldsTheStartForFiveSecondsAtMost() async throws {
        let gateway = ScriptedGateway()
        let fixture = try CheckoutFixture(gateway: gateway)
        let first = try await givenUp(fixture)
        _ = try await givenUp(fixture)
        // The first answers (still open), the second is never answered within the hour.
        gateway.setScript { $0.abandonDelay = (after: 1, delay: .seconds(3600), clock: fixture.clock) }
        let pass = Task { await Reconciler(service: fixture.service).reconcileBounded(within: .seconds(5), clock: fixture.clock, claims: SkippingOrders()) }
        await fixture.clock.waitForSleepers(2)
        await fixture.clock.advance(by: .seconds(5) - .milliseconds(1))
        #expect(fixture.clock.sleeperCount == 2, "nothing may end before the 5 s are up")
        await fixture.clock.advance(by: .milliseconds(1))
        let result = await pass.value
        #expect(!result.finished)
        #expect(result.reports.map(\.attempt.orderNumber) == [first.orderNumber])
        #expect(fixture.clock.now.offset == .seconds(5))
        #expect(gateway.calls.abandons == 2)
    }

    @Test func aPassThatEndsInTimeSaysSo() async throws {
        let gateway = ScriptedGateway(script: .init(abandonState: .closed))
        let fixture = try CheckoutFixture(gateway: gateway)
        let attempt = try await givenUp(fixture)
        let result = await Reconciler(service: fixture.service).reconcileBounded(within: .seconds(5), clock: fixture.clock, claims: SkippingOrders())
        #expect(result.finished)
        #expect(result.reports.map(\.attempt.state) == [.closed])
        #expect(try await fixture.journal.attempt(attempt.orderNumber)?.state == .closed)
        #expect(fixture.clock.now.offset == .zero)
    }

    @Test func passesBackOffWhileNothingChangesAndStayBounded() async throws {
        let gateway = ScriptedGateway(script: .init(abandonState: .processing))
        let fixture = try CheckoutFixture(gateway: gateway)
        _ = try await givenUp(fixture)
        let running = Task {
            await Reconciler(service: fixture.service).run(
                clock: fixture.clock, interval: .seconds(15), maximumInterval: .seconds(120), claims: { SkippingOrders() })
        }
        defer { running.cancel() }
        await fixture.clock.waitForSleepers(1)
        #expect(gateway.calls.abandons == 1)
        // The first pass found a new open order: 15 s. Then 30, 60, 120, and never more than 120.
        for (pause, passes) in [(15, 2), (30, 3), (60, 4), (120, 5), (120, 6)] {
            await fixture.clock.advance(by: .seconds(pause) - .milliseconds(1))
            #expect(gateway.calls.abandons == passes - 1, "no pass before \(pause) s")
            await fixture.clock.advance(by: .milliseconds(1))
            await fixture.clock.waitForSleepers(1)
            #expect(gateway.calls.abandons == passes, "a pass after \(pause) s")
        }
        // A new open order brings the pause back to 15 s.
        _ = try await givenUp(fixture, amount: 800)
        await fixture.clock.advance(by: .seconds(120))
        await fixture.clock.waitForSleepers(1)
        #expect(gateway.calls.abandons == 8)
        await fixture.clock.advance(by: .seconds(15))
        await fixture.clock.waitForSleepers(1)
        #expect(gateway.calls.abandons == 10)
    }

    @Test(arguments: [GatewayID.motp, .takemepay, .tapin, .pomelo])
    func aLateSuccessFoundByTheBackgroundPassIsRefundedOrFlagged(gatewayID: GatewayID) async throws {
        let refunds: RefundScope? = [.tapin, .pomelo].contains(gatewayID) ? nil : .fullAndPartial
        let gateway = ScriptedGateway(gatewayID, refunds: refunds, script: .init(abandonState: .processing))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQR(amount: fixture.yen(900), description: nil, gateway: gatewayID, brand: .wechatPay)
        let screen = ScreenSet([payment.orderNumber])
        let running = Task {
            await Reconciler(service: fixture.service).run(clock: fixture.clock, claims: { SkippingOrders(screen.orders) })
        }
        defer { running.cancel() }
        await fixture.clock.waitForSleepers(1)
        #expect(gateway.calls.abandons == 0, "the order on the screen is left alone")
        // The cashier gives up; the buyer's payment lands later.
        screen.orders = []
        _ = await fixture.service.giveUp(payment)
        gateway.setScript { $0.abandonState = .succeeded }
        await fixture.clock.advance(by: .seconds(30))
        await fixture.clock.waitForSleepers(1)
        let attempt = try #require(try await fixture.journal.attempt(payment.orderNumber))
        #expect(attempt.state == .succeeded)
        let refundsMade = try await fixture.journal.refunds(of: payment.orderNumber)
        let flagged = try await fixture.journal.attemptsNeedingAttention().map(\.orderNumber)
        if refunds == .none {
            #expect(refundsMade.isEmpty)
            #expect(flagged == [payment.orderNumber])
        } else {
            #expect(refundsMade.map(\.amount) == [fixture.yen(900)])
            #expect(refundsMade.map(\.state) == [.succeeded])
            #expect(flagged.isEmpty)
        }
    }

    @Test func anOrderLockedByAnotherHolderIsLeftAloneUntilReleased() async throws {
        let gateway = ScriptedGateway(script: .init(abandonState: .closed))
        let fixture = try CheckoutFixture(gateway: gateway)
        let attempt = try await givenUp(fixture)
        let locks = OrderLocks(folder: FileManager.default.temporaryDirectory.appendingPathComponent("till-locks-\(UUID().uuidString)"))
        // Another open file description: flock treats it as another holder, as it would another process.
        let held = try #require(try locks.lock(attempt.orderNumber))
        #expect(await Reconciler(service: fixture.service).reconcileOnce(claims: locks).isEmpty)
        #expect(gateway.calls.abandons == 0)
        held.release()
        let reports = await Reconciler(service: fixture.service).reconcileOnce(claims: locks)
        #expect(reports.map(\.attempt.state) == [.closed])
        #expect(!FileManager.default.fileExists(atPath: locks.path(of: attempt.orderNumber)), "a settled order's lock file goes")
    }
}

/// The orders a test's "screen" waits on.
final class ScreenSet: Sendable {
    private let value: Mutex<Set<MerchantOrderNumber>>
    init(_ orders: Set<MerchantOrderNumber>) { value = Mutex(orders) }
    var orders: Set<MerchantOrderNumber> {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
