import Checkout
import Foundation
import Gateways
import Journal
import Testing
import TillCore

@Suite("QuickPay, the reconciler and refunds", .timeLimit(.minutes(1)))
struct QuickPayAndReconcilerTests {
    let wechatCode = "134567890123456789"

    @Test func userPayingThenSuccess() async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.processing, .processing, .succeeded], quickPayState: .processing))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(1200), description: nil, buyerCode: wechatCode)
        #expect(payment.attempt.state == .processing)
        #expect(payment.attempt.brand == .wechatPay)
        #expect(payment.attempt.kind == .quickPay)
        guard case .finished(.paid) = await fixture.waitWindow(payment, steps: 3) else {
            Issue.record("expected paid after three polls")
            return
        }
        #expect(fixture.gateway.calls.quickPays == 1)
        #expect(fixture.gateway.calls.statuses == 3)
    }

    @Test func successAtOnceNeedsNoPoll() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(1200), description: nil, buyerCode: "2845678901234567")
        #expect(payment.attempt.state == .succeeded)
        #expect(payment.attempt.brand == .alipay)
        guard case .finished(.paid) = await fixture.service.wait(for: payment) else {
            Issue.record("a paid QuickPay is finished")
            return
        }
        #expect(fixture.gateway.calls.statuses == 0)
    }

    @Test func anUnknownCodeIsRefusedBeforeAnythingIsStored() async throws {
        let fixture = try CheckoutFixture()
        await #expect(throws: CheckoutError.unknownBuyerCode("••••••••1234")) {
            try await fixture.service.startQuickPay(amount: fixture.yen(1), description: nil, buyerCode: "999999991234")
        }
        #expect(try await fixture.journal.unresolvedAttempts().isEmpty)
    }

    @Test func stillPayingAtTheDeadlineIsUnconfirmedThenALatePaymentIsRefunded() async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.processing], quickPayState: .processing))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(3000), description: nil, buyerCode: wechatCode)
        guard case .stillWaiting(let still) = await fixture.waitWindow(payment) else {
            Issue.record("USERPAYING for 45 s is not final")
            return
        }
        guard case .unconfirmed(let attempt) = await fixture.service.giveUp(still) else {
            Issue.record("given up while paying: unconfirmed")
            return
        }
        #expect(attempt.state == .unconfirmed)

        // Later the gateway says it was paid after all: the reconciler refunds it in full.
        gateway.setScript { $0.abandonState = .succeeded }
        let reports = await Reconciler(service: fixture.service).reconcileOnce()
        #expect(reports.count == 1)
        let refund = try #require(reports.first?.lateRefund)
        #expect(refund.amount == fixture.yen(3000))
        #expect(refund.state == .succeeded)
        #expect(try await fixture.journal.attempt(payment.orderNumber)?.state == .succeeded)
        #expect(try await fixture.journal.unresolvedAttempts().isEmpty)
        // A second pass finds nothing more to do and refunds nothing twice.
        #expect(await Reconciler(service: fixture.service).reconcileOnce().isEmpty)
        #expect(fixture.gateway.calls.refunds == 1)
    }

    @Test func aLatePaymentAtAGatewayWithoutRefundsIsFlagged() async throws {
        let gateway = ScriptedGateway(.pomelo, refunds: nil, script: .init(abandonState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQR(amount: fixture.yen(700), description: nil, gateway: .pomelo, brand: .wechatPay)
        let reports = await Reconciler(service: fixture.service).reconcileOnce()
        #expect(reports.first?.attention?.contains("Pomelo Pay has no refund API") == true)
        #expect(try await fixture.journal.attemptsNeedingAttention().map(\.orderNumber) == [payment.orderNumber])
        #expect(fixture.gateway.calls.refunds == 0)
    }

    @Test func theReconcilerSkipsWhatSomeoneIsWaitingOn() async throws {
        let fixture = try CheckoutFixture()
        let payment = try await fixture.service.startQR(amount: fixture.yen(700), description: nil, gateway: .motp, brand: .wechatPay)
        #expect(await Reconciler(service: fixture.service).reconcileOnce(skipping: [payment.orderNumber]).isEmpty)
        #expect(fixture.gateway.calls.abandons == 0)
    }

    @Test func partialRefundsNeverExceedThePayment() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .succeeded, refundState: .pending, refundStatusState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(1000), description: nil, buyerCode: wechatCode)
        let refunding = Task { try await fixture.service.refund(payment.orderNumber, amount: fixture.yen(400)) }
        await fixture.clock.waitForSleepers(1)
        await fixture.clock.advance(by: .seconds(3))
        let first = try await refunding.value
        #expect(first.state == .succeeded)
        #expect(fixture.gateway.calls.refundStatuses == 1)
        await #expect(throws: CheckoutError.self) {
            try await fixture.service.refund(payment.orderNumber, amount: fixture.yen(601))
        }
        #expect(fixture.gateway.calls.refunds == 1)
    }

    @Test func refundsAtAGatewayWithoutThemAreNotOffered() async throws {
        let gateway = ScriptedGateway(.tapin, refunds: nil, script: .init(quickPayState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(1000), description: nil, buyerCode: wechatCode)
        await #expect(throws: CheckoutError.cashier(.notOffered(gateway: .tapin, what: "refunds"))) {
            try await fixture.service.refund(payment.orderNumber)
        }
        #expect(try await fixture.journal.refunds(of: payment.orderNumber).isEmpty)
    }
}
