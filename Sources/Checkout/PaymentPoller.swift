import Gateways
import TillCore

/// One wait window of the 3 s / 45 s loop for a payment.
struct PaymentPoller {
    let service: CheckoutService

    func poll<C: Clock>(
        _ payment: ActivePayment, clock: C, onUpdate: @Sendable (PaymentUpdate) -> Void
    ) async -> WaitResult where C.Duration == Duration {
        guard !payment.attempt.state.isFinal else { return .finished(service.outcome(of: payment.attempt)) }
        guard let gateway = service.context.gateways.gateway(payment.attempt.gateway) else { return .stillWaiting(payment) }
        var payment = payment
        let finished = await PollSchedule.run(clock: clock, timing: service.context.timing) { remaining in
            do {
                let status = try await gateway.paymentStatus(payment.reference)
                if Task.isCancelled { return false }
                payment = try await service.record(status, in: payment)
                payment.checking = nil
                onUpdate(.status(payment.attempt.state, gatewayStatus: status.gatewayStatus, remaining: remaining))
            } catch {
                onUpdate(.checking(reason: String(describing: error), remaining: remaining))
            }
            return payment.attempt.state.isFinal
        }
        return finished ? .finished(service.outcome(of: payment.attempt)) : .stillWaiting(payment)
    }
}
