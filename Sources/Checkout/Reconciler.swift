import Foundation
import Gateways
import Journal
import TillCore

/// Finishes what nobody waits for: at every start, and in the background while Till runs, every
/// attempt and refund without a final state is asked about again and settled. An attempt that turns
/// out paid after the cashier gave it up is refunded in full where the gateway offers refunds, and
/// flagged for the manager where it does not; the journal records both.
public struct Reconciler: Sendable {
    /// The flows it reuses (recording, refunds).
    public let service: CheckoutService

    public init(service: CheckoutService) { self.service = service }

    /// The note on the transitions the reconciler stores: a success with it is a late payment.
    public static let settledNote = "settled by the reconciler"

    /// What one pass did to one attempt.
    public struct Report: Sendable, Equatable {
        /// The attempt after the pass.
        public let attempt: PaymentAttempt
        /// The refund made because it was paid late, if any.
        public let lateRefund: Refund?
        /// Why it was flagged for a manager, if it was.
        public let attention: String?

        public init(attempt: PaymentAttempt, lateRefund: Refund?, attention: String?) {
            self.attempt = attempt
            self.lateRefund = lateRefund
            self.attention = attention
        }
    }

    /// One pass over every unresolved attempt and refund, skipping the orders someone is waiting on
    /// right now in this process.
    public func reconcileOnce(skipping busy: Set<MerchantOrderNumber> = []) async -> [Report] {
        await reconcileOnce(claims: SkippingOrders(busy))
    }

    /// Runs passes until the task is cancelled: every `interval` while something is open, doubling
    /// the pause (up to `maximumInterval`) while answers do not change anything.
    public func run<C: Clock>(
        clock: C, interval: Duration = .seconds(15), maximumInterval: Duration = .seconds(300),
        busy: @Sendable () async -> Set<MerchantOrderNumber> = { [] }
    ) async where C.Duration == Duration {
        await run(clock: clock, interval: interval, maximumInterval: maximumInterval, claims: { SkippingOrders(await busy()) })
    }

    func settle(_ attempt: PaymentAttempt) async -> Report {
        let payment = ActivePayment(
            sale: Sale(id: attempt.saleID, amount: attempt.amount, description: nil, createdAt: attempt.createdAt),
            attempt: attempt, reference: CheckoutService.reference(of: attempt), qrPayload: nil)
        let outcome = await service.abandon(payment, note: Self.settledNote)
        guard case .paid(let paid) = outcome else { return Report(attempt: outcome.attempt, lateRefund: nil, attention: nil) }
        return await refundLatePayment(paid)
    }

    /// A payment that succeeded after the cashier stopped waiting: the sale was not handed over as
    /// paid, so the money goes back.
    func refundLatePayment(_ attempt: PaymentAttempt) async -> Report {
        let context = service.context
        if context.gateways.refundingGateway(attempt.gateway) == nil {
            let attention = "Paid after the cashier gave up. \(attempt.gateway.displayName) has no refund API: refund it from the merchant portal, or hand over the goods."
            try? await context.journal.flag(attempt.orderNumber, attention: attention, at: context.wallClock())
            return Report(attempt: attempt, lateRefund: nil, attention: attention)
        }
        do {
            let refund = try await service.refund(attempt.orderNumber, reason: JournalStore.lateRefundReason)
            return Report(attempt: attempt, lateRefund: refund, attention: nil)
        } catch {
            let attention = "Paid after the cashier gave up, and the automatic refund failed: \(error.message)"
            try? await context.journal.flag(attempt.orderNumber, attention: attention, at: context.wallClock())
            return Report(attempt: attempt, lateRefund: nil, attention: attention)
        }
    }

    func followRefund(_ refund: Refund) async {
        let context = service.context
        guard let attempt = try? await context.journal.attempt(refund.orderNumber),
            let gateway = context.gateways.refundingGateway(attempt.gateway)
        else { return }
        let reference = RefundReference(
            refundNumber: refund.refundNumber, payment: CheckoutService.reference(of: attempt), amount: refund.amount,
            gatewayReference: refund.gatewayReference)
        let status = try? await gateway.refundStatus(reference)
        if let status {
            _ = try? await service.recordRefund(status, refund)
        } else if refund.state == .requested {
            // Asked first, sent only when the gateway does not know it by its number: a process killed
            // after the gateway took the refund, before its answer was journaled, leaves it `requested`.
            // Sending again is safe (the gateway never refunds one number twice), but it is not sent twice
            // when a question settles it.
            _ = try? await service.sendRefund(refund, of: attempt, through: gateway)
        }
    }
}
