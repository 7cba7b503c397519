import Foundation
import Gateways
import Journal
import TillCore

extension CheckoutService {
    /// Stores the sale and its new attempt (write-ahead: before any gateway call).
    func storeAttempt(
        amount: Money, description: String?, gateway: GatewayID, brand: Brand, kind: PaymentKind
    ) async throws(CheckoutError) -> ActivePayment {
        let now = context.wallClock()
        do {
            let sale = try await context.journal.createSale(amount: amount, description: description, at: now)
            let attempt = PaymentAttempt(
                orderNumber: context.makeOrderNumber(now), saleID: sale.id, gateway: gateway, brand: brand, kind: kind,
                amount: amount, createdAt: now)
            try await context.journal.recordAttempt(attempt)
            return ActivePayment(
                sale: sale, attempt: attempt, reference: PaymentReference(orderNumber: attempt.orderNumber, amount: amount),
                qrPayload: nil)
        } catch {
            throw CheckoutError.journal(error)
        }
    }

    /// Stores what a gateway answered about a payment, when it moves the attempt forward. A status
    /// that would move it backwards (an old answer overtaken by a newer one) is not stored.
    func record(_ status: PaymentStatus, in payment: ActivePayment, note: String? = nil) async throws(CheckoutError) -> ActivePayment {
        var payment = payment
        payment.reference = status.reference
        let current = payment.attempt.state
        // An unconfirmed attempt the gateway says is dead (never created, cancelled, expired) ends
        // `closed`: the state machine's word for "given up, then confirmed unpaid".
        let answered = current == .unconfirmed && status.state == .canceled ? AttemptState.closed : status.state
        let target = current == answered || current.canMove(to: answered) ? answered : current
        // A buyer who paid the gateway's fee on top (TapIn `pay_money` above the amount) is on record.
        let feeNote = status.buyerFee.map { "the buyer also paid a fee of \($0.decimalText) \($0.currency.code)" }
        let note = [note, feeNote].compactMap { $0 }.joined(separator: "; ")
        do {
            payment.attempt = try await context.journal.move(
                payment.orderNumber, to: target, at: context.wallClock(),
                gatewayReference: status.reference.gatewayReference, secondaryReference: status.reference.chargeID,
                raw: status.failure ?? GatewayRawError(code: status.gatewayStatus), note: note.isEmpty ? nil : note)
        } catch {
            throw CheckoutError.journal(error)
        }
        return payment
    }

    /// Turns a create that did not return a payment into its journal record. Only a definite refusal
    /// (`GatewayError.settlesRequest`) fails the attempt, and is thrown. Anything else leaves the outcome
    /// unknown: the attempt moves to `processing` with the gateway's answer on record, and the payment
    /// is returned with `checking` set so that `wait` asks by the order number on the 3 s cadence and,
    /// failing that, leaves it `unconfirmed` for the reconciler. It is never recorded failed.
    func recordUnsettledStart(_ error: GatewayError, payment: ActivePayment) async throws(CheckoutError) -> ActivePayment {
        if case .cashier(let cashierError) = error, error.settlesRequest {
            _ = try? await context.journal.move(
                payment.orderNumber, to: .failed, at: context.wallClock(), raw: cashierError.raw, note: cashierError.message)
            throw CheckoutError.cashier(cashierError)
        }
        let reason: String
        let raw: GatewayRawError?
        switch error {
        case .cashier(let cashierError):
            reason = "the gateway's answer settles nothing (\(cashierError.raw?.description ?? cashierError.message))"
            raw = cashierError.raw
        case .unconfirmed(_, let why):
            reason = why
            raw = GatewayRawError(code: "unknown")
        }
        var checking = payment
        checking.checking = reason
        do {
            checking.attempt = try await context.journal.move(
                payment.orderNumber, to: .processing, at: context.wallClock(), raw: raw,
                note: "outcome unknown: \(reason); asking by the order number")
        } catch {
            throw CheckoutError.journal(error)
        }
        return checking
    }

    /// The end of a payment nobody waits for any more: one last question without moving it forward,
    /// then a final state, or `unconfirmed` for the reconciler.
    func abandon(_ payment: ActivePayment, note: String) async -> PaymentOutcome {
        guard !payment.attempt.state.isFinal else { return outcome(of: payment.attempt) }
        var payment = payment
        var answer: PaymentStatus?
        if let gateway = context.gateways.gateway(payment.attempt.gateway) {
            answer = try? await gateway.abandonPayment(payment.reference)
        }
        if let status = answer, status.state.isFinal, let recorded = try? await record(status, in: payment, note: note) {
            payment = recorded
        }
        // A non-final answer may still teach a reference (a TakeMe Pay charge found by its source):
        // keep it, so the next question reads that charge by id instead of searching for it.
        if !payment.attempt.state.isFinal,
            let stored = try? await context.journal.move(
                payment.orderNumber, to: .unconfirmed, at: context.wallClock(),
                gatewayReference: answer?.reference.gatewayReference, secondaryReference: answer?.reference.chargeID, note: note)
        {
            payment.attempt = stored
        }
        return outcome(of: payment.attempt)
    }

    /// What a stored attempt means to the cashier.
    func outcome(of attempt: PaymentAttempt) -> PaymentOutcome { PaymentOutcome(attempt) }
}
