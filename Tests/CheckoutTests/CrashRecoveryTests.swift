import Checkout
import Foundation
import Gateways
import Journal
import Testing
import TillCore

/// What the crash harness (Tests/CrashTests) found, pinned on a scripted gateway.
@Suite("Recovery after a crash", .timeLimit(.minutes(1)))
struct CrashRecoveryTests {
    let wechatCode = "134567890123456789"

    /// An unconfirmed attempt the gateway then calls dead (never received, cancelled, expired) is
    /// closed, not left open for ever: `unconfirmed` cannot move to `canceled`.
    @Test func anUnconfirmedAttemptTheGatewayCallsDeadIsClosed() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .processing))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(900), description: nil, buyerCode: wechatCode)
        #expect(await fixture.service.giveUp(payment).attempt.state == .unconfirmed)

        gateway.setScript { $0.abandonState = .canceled }
        let reports = await Reconciler(service: fixture.service).reconcileOnce()
        #expect(reports.map(\.attempt.state) == [.closed])
        #expect(try await fixture.journal.unresolvedAttempts().isEmpty)
        #expect(fixture.gateway.calls.refunds == 0)
    }

    /// A server error in answer to a refund (here: to the resend of one whose first answer was lost)
    /// says nothing for certain: the refund stays `requested`, and the next pass, with the same
    /// refund number, finds it done. Marking it failed would let the journal and the gateway disagree.
    @Test func aServerErrorNeverMarksARefundFailed() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(2100), description: nil, buyerCode: wechatCode)
        #expect(payment.attempt.state == .succeeded)
        // The 500 settles nothing: the refund is asked about by its number on the 3 s loop; while the
        // gateway cannot say (here: still pending), it is never failed.
        gateway.setScript {
            $0.refundError = .cashier(.gatewayUnavailable(GatewayRawError(code: "HTTP 500")))
            $0.refundStatusState = .pending
        }
        let service = fixture.service
        let order = payment.orderNumber
        let refund = try await fixture.runningClock { try await service.refund(order, amount: fixture.yen(1000)) }
        #expect(refund.state == .pending)
        #expect(gateway.calls.refunds == 1)
        #expect(gateway.calls.refundStatuses >= 1)
        gateway.setScript { $0.refundStatusState = .succeeded }

        gateway.setScript { $0.refundError = .cashier(.requestRefused(GatewayRawError(code: "REFUND_AMOUNT_EXCEEDED"))) }
        await #expect(throws: CheckoutError.self) { try await fixture.service.refund(payment.orderNumber, amount: fixture.yen(100)) }
        #expect(try await fixture.journal.refunds(of: payment.orderNumber).map(\.state) == [.pending, .failed])

        gateway.setScript { $0.refundError = nil }
        _ = await Reconciler(service: fixture.service).reconcileOnce()
        #expect(try await fixture.journal.refunds(of: payment.orderNumber).map(\.state) == [.succeeded, .failed])
    }

    /// A recovery killed between storing a late success and refunding it: the next pass refunds it,
    /// once.
    @Test func aLatePaymentWhoseRefundACrashCutOffIsRefundedByTheNextPass() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .processing))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(2500), description: nil, buyerCode: wechatCode)
        _ = await fixture.service.giveUp(payment)
        // What the killed pass left: the success stored with the reconciler's note, and nothing else.
        try await fixture.journal.move(payment.orderNumber, to: .succeeded, at: Date(), note: Reconciler.settledNote)

        let reports = await Reconciler(service: fixture.service).reconcileOnce()
        #expect(reports.first?.lateRefund?.amount == fixture.yen(2500))
        #expect(fixture.gateway.calls.refunds == 1)
        #expect(await Reconciler(service: fixture.service).reconcileOnce().isEmpty)
        #expect(fixture.gateway.calls.refunds == 1)
    }

    /// A success the cashier saw (no reconciler note) is never refunded by a recovery.
    @Test func aPaymentTheCashierSawPaidIsLeftAlone() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        _ = try await fixture.service.startQuickPay(amount: fixture.yen(2500), description: nil, buyerCode: wechatCode)
        #expect(await Reconciler(service: fixture.service).reconcileOnce().isEmpty)
        #expect(fixture.gateway.calls.refunds == 0)
    }
}
