import Journal
import TillCore

extension Reconciler {
    /// What asking about one order at once found.
    public enum Check: Sendable, Equatable {
        /// A payment screen here, or another `till` process, is waiting on the order: nothing was asked.
        case inUse
        /// The attempt is final and none of its refunds is open: there was nothing to ask.
        case nothingOpen(PaymentAttempt)
        /// The gateway was asked: where the attempt stands now (with the refund or flag of a late
        /// payment), and its refunds afterwards.
        case asked(Report, refunds: [Refund])
    }

    /// Asks the gateway about one order now, with the steps a pass takes for it (`settleClaimed`),
    /// for a person who will not wait for the next pass. The order is claimed first, so a process
    /// waiting on it is never raced: then nothing is asked and the answer says it is in use.
    public func checkNow(_ order: MerchantOrderNumber, claims: any OrderClaims) async throws(CheckoutError) -> Check {
        let journal = service.context.journal
        let stored: PaymentAttempt?
        do { stored = try await journal.attempt(order) } catch { throw .journal(error) }
        guard stored != nil else { throw .journal(.unknownOrder(order.rawValue)) }
        guard let claim = claims.claim(order) else { return .inUse }
        defer { claim.release() }
        let openRefunds = ((try? await journal.refunds(of: order)) ?? []).filter { !$0.state.isFinal }
        let report = await settleClaimed(order)
        let attempt: PaymentAttempt?
        do { attempt = try await journal.attempt(order) } catch { throw .journal(error) }
        guard let attempt else { throw .journal(.unknownOrder(order.rawValue)) }
        if report == nil, openRefunds.isEmpty { return .nothingOpen(attempt) }
        let refunds = (try? await journal.refunds(of: order)) ?? []
        return .asked(report ?? Report(attempt: attempt, lateRefund: nil, attention: nil), refunds: refunds)
    }
}
