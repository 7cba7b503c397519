import Checkout
import Foundation
import Journal
import Testing
import TillCore

/// Checking one order now (the history's `c`), over a real SQLite journal and a scripted gateway.
@Suite("Checking one order now", .timeLimit(.minutes(1)))
struct CheckNowTests {
    /// The fixture's wall clock: every attempt starts then.
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A QR payment the cashier gave up on: unconfirmed.
    func unconfirmed(_ fixture: CheckoutFixture) async throws -> MerchantOrderNumber {
        let payment = try await fixture.service.startQR(amount: fixture.yen(980), description: "Tea", gateway: .motp, brand: .wechatPay)
        let outcome = await fixture.service.giveUp(payment)
        #expect(outcome.attempt.state == .unconfirmed)
        return payment.orderNumber
    }

    @Test func checkNowLeavesAnOrderInUseAlone() async throws {
        let fixture = try CheckoutFixture()
        let order = try await unconfirmed(fixture)
        let abandons = fixture.gateway.calls.abandons
        let check = try await Reconciler(service: fixture.service).checkNow(order, claims: SkippingOrders([order]))
        #expect(check == .inUse)
        #expect(fixture.gateway.calls.abandons == abandons, "the gateway was not asked")
    }

    @Test func checkNowAsksOnceAndRefundsALatePaymentThenHasNothingLeftToAsk() async throws {
        let fixture = try CheckoutFixture()
        let order = try await unconfirmed(fixture)
        let reconciler = Reconciler(service: fixture.service)
        guard case .asked(let still, let none) = try await reconciler.checkNow(order, claims: SkippingOrders()) else {
            Issue.record("the gateway was not asked")
            return
        }
        #expect(still.attempt.state == .unconfirmed)
        #expect(none.isEmpty)

        fixture.gateway.setScript { $0.abandonState = .succeeded }
        guard case .asked(let paid, let refunds) = try await reconciler.checkNow(order, claims: SkippingOrders()) else {
            Issue.record("the gateway was not asked")
            return
        }
        #expect(paid.attempt.state == .succeeded)
        #expect(paid.lateRefund?.state == .succeeded)
        #expect(refunds.map(\.state) == [.succeeded])
        #expect(fixture.gateway.calls.refunds == 1)
        let again = try await reconciler.checkNow(order, claims: SkippingOrders())
        #expect(again == .nothingOpen(paid.attempt))
        #expect(fixture.gateway.calls.refunds == 1, "nothing is refunded twice")
        await #expect(throws: CheckoutError.journal(.unknownOrder("T0"))) {
            try await reconciler.checkNow(MerchantOrderNumber(rawValue: "T0"), claims: SkippingOrders())
        }
    }

    @Test func checkNowFollowsARefundWithoutAFinalAnswer() async throws {
        let fixture = try CheckoutFixture(gateway: ScriptedGateway(script: .init(quickPayState: .succeeded)))
        let paid = try await fixture.service.startQuickPay(amount: fixture.yen(500), description: nil, buyerCode: "134567890123456789")
        let refund = try await fixture.journal.recordRefund(of: paid.orderNumber, amount: fixture.yen(500), reason: nil, at: start)
        guard case .asked(let report, let refunds) = try await Reconciler(service: fixture.service).checkNow(paid.orderNumber, claims: SkippingOrders())
        else {
            Issue.record("the refund was not followed")
            return
        }
        #expect(report.attempt.state == .succeeded)
        #expect(report.lateRefund == nil)
        #expect(refunds.map(\.refundNumber) == [refund.refundNumber])
        #expect(refunds.map(\.state) == [.succeeded])
    }

    /// A refund journaled `requested` whose answer was lost (a process killed after the gateway took
    /// it) is asked about by its number and not sent again; one the gateway never saw is sent once.
    @Test(arguments: [true, false])
    func aRequestedRefundIsAskedAboutBeforeItIsSentAgain(gatewayTookIt: Bool) async throws {
        let script = ScriptedGateway.Script(quickPayState: .succeeded, knowsUnsentRefunds: gatewayTookIt)
        let fixture = try CheckoutFixture(gateway: ScriptedGateway(script: script))
        let paid = try await fixture.service.startQuickPay(amount: fixture.yen(500), description: nil, buyerCode: "134567890123456789")
        _ = try await fixture.journal.recordRefund(of: paid.orderNumber, amount: fixture.yen(500), reason: nil, at: start)
        guard case .asked(_, let refunds) = try await Reconciler(service: fixture.service).checkNow(paid.orderNumber, claims: SkippingOrders())
        else {
            Issue.record("the refund was not followed")
            return
        }
        #expect(refunds.map(\.state) == [.succeeded])
        #expect(fixture.gateway.calls.refunds == (gatewayTookIt ? 0 : 1), "sent only when the gateway does not know it")
        #expect(fixture.gateway.calls.refundStatuses >= 1, "asked first")
    }

    @Test func theCountersClaimsRefuseAnOrderOnItsScreensOrLockedElsewhere() throws {
        let locks = OrderLocks(folder: FileManager.default.temporaryDirectory.appendingPathComponent("till-claims-\(UUID().uuidString)"))
        let order = MerchantOrderNumber(rawValue: "T20261122000000CLAIMS")
        let screen = ScreenOrders(locks: locks)
        screen.begin(order)
        #expect(screen.claim(order) == nil, "a screen here waits on it")
        screen.end(order)
        let elsewhere = try locks.lock(order)
        #expect(screen.claim(order) == nil, "another process holds its lock")
        elsewhere?.release()
        let claim = try #require(screen.claim(order))
        claim.release()
        #expect(ScreenOrders(locks: nil).claim(order) != nil)
    }
}
