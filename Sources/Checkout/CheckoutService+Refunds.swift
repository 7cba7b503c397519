import Foundation
import Gateways
import Journal
import TillCore

extension CheckoutService {
    /// Refunds a paid attempt, in full (`amount` nil: what is left) or in part. The refund is stored
    /// with its own number before the gateway is asked, so a retry can never refund twice; a pending
    /// refund is followed on the 3 s loop for one window where the gateway can say how it stands.
    public func refund(
        _ order: MerchantOrderNumber, amount: Money? = nil, reason: String? = nil
    ) async throws(CheckoutError) -> Refund {
        let attempt = try await storedAttempt(order)
        guard context.gateways.gateway(attempt.gateway) != nil else {
            throw CheckoutError.noGateway("refunds of \(attempt.gateway.displayName) payments (it is not configured)")
        }
        guard let gateway = context.gateways.refundingGateway(attempt.gateway) else {
            throw CheckoutError.cashier(.notOffered(gateway: attempt.gateway, what: "refunds"))
        }
        let left = try await refundableAmount(attempt)
        let wanted = amount ?? left
        if gateway.refundScope == .fullOnly, wanted != attempt.amount {
            throw CheckoutError.cashier(.notOffered(gateway: attempt.gateway, what: "partial refunds"))
        }
        let refund: Refund
        do {
            refund = try await context.journal.recordRefund(of: order, amount: wanted, reason: reason, at: context.wallClock())
        } catch {
            throw CheckoutError.journal(error)
        }
        return try await sendRefund(refund, of: attempt, through: gateway)
    }

    /// What is left to refund of a paid attempt.
    public func refundableAmount(_ attempt: PaymentAttempt) async throws(CheckoutError) -> Money {
        do {
            let given = try await context.journal.refunds(of: attempt.orderNumber)
                .filter { $0.state != .failed }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            return Money(minorUnits: attempt.amount.minorUnits - given, currency: attempt.amount.currency)
        } catch {
            throw CheckoutError.journal(error)
        }
    }

    /// Asks the gateway for a stored refund and follows it while pending.
    func sendRefund(_ refund: Refund, of attempt: PaymentAttempt, through gateway: any RefundingGateway) async throws(CheckoutError) -> Refund {
        let request = RefundRequest(
            refundNumber: refund.refundNumber, payment: Self.reference(of: attempt), amount: refund.amount, reason: refund.reason)
        let status: RefundStatus
        do {
            status = try await gateway.refund(request)
        } catch {
            // A refund that did not leave now may have left before (the reconciler asks about a
            // `requested` refund by its number, then sends it again if the gateway does not know it), so
            // only a refusal fails it; `notReached` leaves it requested.
            if case .cashier(let cashierError) = error, error.settlesRequest, !cashierError.isNotReached {
                _ = try? await context.journal.moveRefund(refund.refundNumber, to: .failed, at: context.wallClock(), raw: cashierError.raw)
                throw CheckoutError.cashier(cashierError)
            }
            // Unknown outcome (no answer, a server error, an answer that cannot be read): the refund may
            // have gone through, so it stays `requested` and is asked about by its number on the 3 s
            // cadence; what is still open after the window is the reconciler's, which asks again by the
            // same number (the gateway never refunds one number twice).
            let reference = RefundReference(refundNumber: refund.refundNumber, payment: request.payment, amount: refund.amount)
            return await follow(refund, reference: reference, through: gateway)
        }
        let stored = try await recordRefund(status, refund)
        return await follow(stored, reference: status.reference, through: gateway)
    }

    /// Follows a refund that is not final on the 3 s loop for one window, where the gateway can say how
    /// it stands. A question that gets no answer is asked again at the next tick.
    private func follow(_ refund: Refund, reference: RefundReference, through gateway: any RefundingGateway) async -> Refund {
        guard !refund.state.isFinal else { return refund }
        var stored = refund
        _ = await PollSchedule.run(clock: context.clock, timing: context.timing) { _ in
            guard let next = try? await gateway.refundStatus(reference) else { return false }
            if let recorded = try? await recordRefund(next, stored) { stored = recorded }
            return stored.state.isFinal
        }
        return stored
    }

    func recordRefund(_ status: RefundStatus, _ refund: Refund) async throws(CheckoutError) -> Refund {
        let target = refund.state == status.state || refund.state.canMove(to: status.state) ? status.state : refund.state
        do {
            return try await context.journal.moveRefund(
                refund.refundNumber, to: target, at: context.wallClock(), gatewayReference: status.reference.gatewayReference,
                raw: status.failure ?? GatewayRawError(code: status.gatewayStatus))
        } catch {
            throw CheckoutError.journal(error)
        }
    }

    func storedAttempt(_ order: MerchantOrderNumber) async throws(CheckoutError) -> PaymentAttempt {
        let found: PaymentAttempt?
        do { found = try await context.journal.attempt(order) } catch { throw CheckoutError.journal(error) }
        guard let found else { throw CheckoutError.journal(.unknownOrder(order.rawValue)) }
        return found
    }

    /// How to find a stored attempt at its gateway again.
    static func reference(of attempt: PaymentAttempt) -> PaymentReference {
        PaymentReference(
            orderNumber: attempt.orderNumber, amount: attempt.amount, gatewayReference: attempt.gatewayReference,
            chargeID: attempt.secondaryReference)
    }
}
