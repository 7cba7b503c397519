import Synchronization
import TillCore

/// One payment from the cashier's "charge" to its outcome: start (QR or QuickPay), the 3 s / 45 s
/// wait, "keep waiting or cancel" at the end of a QR window, cancel at any moment, give up, and the
/// one mapping of what happened onto a `PaymentOutcome`. The counter and `till pay` only render its
/// events and pass the cashier's decisions in; neither holds a state machine of its own.
///
/// `orderInUse` is told `true` as soon as the attempt's order number exists (before the attempt is
/// stored) and `false` when nobody waits on it any more, so a process-wide order lock covers the
/// session's whole life and no reconciler touches the order meanwhile.
public final class PaymentSession: Sendable {
    /// How the payment is taken.
    public enum Start: Sendable, Equatable {
        /// Till shows a QR code of `gateway` for `brand`; the buyer scans it.
        case qr(gateway: GatewayID, brand: Brand)
        /// The cashier scanned the buyer's payment code.
        case quickPay(buyerCode: String)
    }

    /// What the cashier decides while a payment is open.
    public enum Decision: Sendable, Equatable {
        /// After a QR window ended without a final answer: wait one more window.
        case keepWaiting
        /// Stop waiting; ask once more without moving the payment forward, then settle it.
        case cancel
        /// Stop waiting because nobody will decide (a deadline, a quitting process).
        case giveUp
    }

    /// What the session reports as it goes.
    public enum Event: Sendable, Equatable {
        /// The attempt is stored and the gateway has it (or its answer is being checked): the order
        /// number and, for a QR payment, the text to draw (nil while the outcome of the create is unknown).
        case started(ActivePayment)
        /// An answer settled nothing (a lost create, a 5xx, `SYSTEMERROR`, a poll without an answer):
        /// Till is asking by the order number. The reason is for logs and the journal, not the screen.
        case checking(reason: String)
        /// The gateway answered a poll without a final word: its word and the state it maps to.
        case status(AttemptState, gatewayStatus: String)
        /// A QR window ended without a final answer: `decide(.keepWaiting)` or `decide(.cancel)`.
        case windowEnded
    }

    /// How a session ended.
    public enum Ending: Sendable, Equatable {
        /// The attempt reached an outcome (paid, declined, cancelled or unconfirmed).
        case finished(PaymentOutcome)
        /// The payment could not start: the error says why; the order number is there when the attempt
        /// was stored before the refusal.
        case notStarted(CheckoutError, orderNumber: MerchantOrderNumber?)
    }

    private struct State: Sendable {
        var stopRequested: Decision?
        var waitTask: Task<WaitResult, Never>?
        var pendingDecision: Decision?
        var waitingForDecision: CheckedContinuation<Decision, Never>?
    }

    private let service: CheckoutService
    private let orderInUse: @Sendable (MerchantOrderNumber, Bool) -> Void
    private let state = Mutex(State())
    private let madeOrder = Mutex<MerchantOrderNumber?>(nil)

    public init(service: CheckoutService, orderInUse: @escaping @Sendable (MerchantOrderNumber, Bool) -> Void = { _, _ in }) {
        self.service = service
        self.orderInUse = orderInUse
    }

    /// Runs the payment to its end, reporting `events` on the way.
    public func run(
        amount: Money, description: String?, _ start: Start, events: @escaping @Sendable (Event) -> Void
    ) async -> Ending {
        let checkout = watchingOrderNumbers()
        let payment: ActivePayment
        do {
            switch start {
            case .qr(let gateway, let brand):
                payment = try await checkout.startQR(amount: amount, description: description, gateway: gateway, brand: brand)
            case .quickPay(let buyerCode):
                payment = try await checkout.startQuickPay(amount: amount, description: description, buyerCode: buyerCode)
            }
        } catch {
            let order = madeOrder.withLock { $0 }
            if let order { orderInUse(order, false) }
            return .notStarted(error, orderNumber: order)
        }
        events(.started(payment))
        if let reason = payment.checking { events(.checking(reason: reason)) }
        let isQR = if case .qr = start { true } else { false }
        let outcome = await follow(payment, isQR: isQR, events: events)
        orderInUse(payment.orderNumber, false)
        return .finished(outcome)
    }

    /// Passes the cashier's decision in. Cancel and give up also stop a wait in progress; keep waiting
    /// only answers the end of a window.
    public func decide(_ decision: Decision) {
        let continuation: CheckedContinuation<Decision, Never>? = state.withLock { state in
            if decision != .keepWaiting {
                state.stopRequested = decision
                state.waitTask?.cancel()
            }
            guard let waiting = state.waitingForDecision else {
                state.pendingDecision = decision
                return nil
            }
            state.waitingForDecision = nil
            return waiting
        }
        continuation?.resume(returning: decision)
    }

    /// The checkout with an order-number maker that marks each number in use as it is made.
    private func watchingOrderNumbers() -> CheckoutService {
        let context = service.context
        return CheckoutService(
            context: context.making { [self] time in
                let order = context.makeOrderNumber(time)
                madeOrder.withLock { $0 = order }
                orderInUse(order, true)
                return order
            })
    }

    /// Waits window after window until the payment ends or the cashier stops waiting. A QuickPay has
    /// nobody to ask at a window's end (the buyer's phone is the only place it could be confirmed), so it
    /// is given up; a QR payment asks the cashier.
    private func follow(_ started: ActivePayment, isQR: Bool, events: @escaping @Sendable (Event) -> Void) async -> PaymentOutcome {
        var payment = started
        while true {
            let current = payment
            let waitTask = Task { await service.wait(for: current) { Self.report($0, events: events) } }
            let stopNow = state.withLock { state in
                state.waitTask = waitTask
                return state.stopRequested != nil
            }
            if stopNow { waitTask.cancel() }
            switch await waitTask.value {
            case .finished(let outcome): return outcome
            case .stillWaiting(let waiting): payment = waiting
            }
            if let decision = state.withLock({ $0.stopRequested }) { return await stop(payment, decision) }
            guard isQR else { return await service.giveUp(payment) }
            events(.windowEnded)
            let decision = await nextDecision()
            if decision != .keepWaiting { return await stop(payment, decision) }
        }
    }

    private func stop(_ payment: ActivePayment, _ decision: Decision) async -> PaymentOutcome {
        decision == .giveUp ? await service.giveUp(payment) : await service.cancel(payment)
    }

    private func nextDecision() async -> Decision {
        await withCheckedContinuation { continuation in
            let ready: Decision? = state.withLock { state in
                if let pending = state.pendingDecision {
                    state.pendingDecision = nil
                    return pending
                }
                state.waitingForDecision = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private static func report(_ update: PaymentUpdate, events: @Sendable (Event) -> Void) {
        switch update {
        case .status(let state, let gatewayStatus, _) where !state.isFinal:
            events(.status(state, gatewayStatus: gatewayStatus))
        case .status:
            break  // the final answer comes as the session's ending
        case .checking(let reason, _):
            events(.checking(reason: reason))
        }
    }
}
