import Checkout
import Foundation
import Synchronization
import TillCore

/// Runs the counter's payments: each on its own task, driving `CheckoutService` (start, the 3 s /
/// 45 s wait, cancel, keep waiting, give up) and posting `AppEvent.payment` to the loop's inbox.
/// One payment is open at a time, as the screens allow.
public final class CounterEffectRunner: Sendable {
    /// What the cashier decided when a window ended.
    enum Decision: Sendable { case keepWaiting, cancel, giveUp }

    private struct State: Sendable {
        /// Cancel or give up, asked for while a wait was running.
        var stopRequested: Decision?
        var waitTask: Task<WaitResult, Never>?
        var decision: CheckedContinuation<Decision, Never>?
        var pendingDecision: Decision?
    }

    /// Nil without a configured checkout: every start is refused with a message.
    let service: CheckoutService?
    let inbox: EventInbox
    /// Told `true` when an order starts and `false` when the screen stops waiting on it, so the
    /// background reconciler leaves it alone meanwhile.
    let ordersInUse: (@Sendable (MerchantOrderNumber, Bool) -> Void)?
    /// The time on the result screen.
    let timeText: @Sendable () -> String
    private let state = Mutex(State())

    public init(
        service: CheckoutService?, inbox: EventInbox, ordersInUse: (@Sendable (MerchantOrderNumber, Bool) -> Void)? = nil,
        timeText: @escaping @Sendable () -> String = CounterEffectRunner.localTime
    ) {
        self.service = service
        self.inbox = inbox
        self.ordersInUse = ordersInUse
        self.timeText = timeText
    }

    /// Acts on one command; never blocks the loop. Returns the task of a payment it started (tests
    /// await it).
    @discardableResult
    public func run(_ command: PaymentCommand) -> Task<Void, Never>? {
        switch command {
        case .startQR(let serial, let amount, let description, let choice):
            reset()
            return Task {
                await self.drive(serial: serial, isQR: true) { service async throws(CheckoutError) -> ActivePayment in
                    try await service.startQR(
                        amount: amount, description: description, gateway: choice.gateway, brand: choice.brand)
                }
            }
        case .startQuickPay(let serial, let amount, let description, let buyerCode):
            reset()
            return Task {
                await self.drive(serial: serial, isQR: false) { service async throws(CheckoutError) -> ActivePayment in
                    try await service.startQuickPay(amount: amount, description: description, buyerCode: buyerCode)
                }
            }
        case .cancel:
            decide(.cancel)
        case .keepWaiting:
            decide(.keepWaiting)
        case .giveUp:
            decide(.giveUp)
        }
        return nil
    }

    private func reset() {
        state.withLock { $0 = State() }
    }

    /// Cancel and give up also stop a wait in progress; keep waiting only answers a window's end.
    private func decide(_ decision: Decision) {
        let continuation: CheckedContinuation<Decision, Never>? = state.withLock { state in
            if decision != .keepWaiting {
                state.stopRequested = decision
                state.waitTask?.cancel()
            }
            guard let waiting = state.decision else {
                state.pendingDecision = decision
                return nil
            }
            state.decision = nil
            return waiting
        }
        continuation?.resume(returning: decision)
    }

    private func drive(
        serial: Int, isQR: Bool, start: @Sendable (CheckoutService) async throws(CheckoutError) -> ActivePayment
    ) async {
        let post: @Sendable (PaymentProgress.Change) -> Void = { self.inbox.post(.payment(PaymentProgress(serial: serial, $0))) }
        guard let service else {
            let message = "No payment gateway is configured: add one to the configuration (`till config check`)"
            post(.finished(PaymentResult(.notStarted(message: message), orderNumber: nil, time: timeText())))
            return
        }
        let made = MadeOrderNumber()
        let payment: ActivePayment
        do {
            payment = try await start(made.watching(service))
        } catch {
            // The attempt may be on record (failed, or unconfirmed for the reconciler): its order
            // number goes on the result, and nobody waits on it any more.
            let order = made.value
            if let order { ordersInUse?(order, false) }
            post(.finished(PaymentResult(.notStarted(message: error.message), orderNumber: order?.rawValue, time: timeText())))
            inbox.post(.journalChanged)
            return
        }
        ordersInUse?(payment.orderNumber, true)
        post(.created(orderNumber: payment.orderNumber.rawValue, gateway: payment.attempt.gateway, qrPayload: payment.qrPayload))
        if let reason = payment.checking {
            // The create's answer settled nothing: the wait asks by the order number until it knows.
            post(.checking(reason: reason))
        } else if payment.attempt.state == .processing {
            // A QuickPay often answers "the buyer is confirming" at once (USERPAYING).
            post(.buyerPaying(gatewayStatus: payment.attempt.state.rawValue))
        }
        let outcome = await follow(payment, service: service, isQR: isQR, post: post)
        ordersInUse?(payment.orderNumber, false)
        post(.finished(result(of: outcome)))
        inbox.post(.journalChanged)
    }

    /// Waits window after window until the payment ends or the cashier stops waiting.
    private func follow(
        _ started: ActivePayment, service: CheckoutService, isQR: Bool, post: @escaping @Sendable (PaymentProgress.Change) -> Void
    ) async -> PaymentOutcome {
        var payment = started
        while true {
            let current = payment
            let waitTask = Task { await service.wait(for: current) { Self.report($0, isQR: isQR, post: post) } }
            let stopRequested = state.withLock { state in
                state.waitTask = waitTask
                return state.stopRequested != nil
            }
            if stopRequested { waitTask.cancel() }
            switch await waitTask.value {
            case .finished(let outcome):
                return outcome
            case .stillWaiting(let waiting):
                payment = waiting
            }
            if let decision = state.withLock({ $0.stopRequested }) { return await stop(payment, service, decision) }
            // QuickPay has nobody to ask: the buyer's phone is the only place it could be confirmed.
            guard isQR else { return await service.giveUp(payment) }
            post(.windowEnded)
            let decision = await nextDecision()
            if decision != .keepWaiting { return await stop(payment, service, decision) }
        }
    }

    private func stop(_ payment: ActivePayment, _ service: CheckoutService, _ decision: Decision) async -> PaymentOutcome {
        decision == .giveUp ? await service.giveUp(payment) : await service.cancel(payment)
    }

    private func nextDecision() async -> Decision {
        await withCheckedContinuation { continuation in
            let ready: Decision? = state.withLock { state in
                if let pending = state.pendingDecision {
                    state.pendingDecision = nil
                    return pending
                }
                state.decision = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// MOTP answers USERPAYING for a QR code nobody has scanned yet, so only a QuickPay's
    /// "processing" means the buyer is at the PIN.
    private static func report(_ update: PaymentUpdate, isQR: Bool, post: @Sendable (PaymentProgress.Change) -> Void) {
        switch update {
        case .status(.processing, let gatewayStatus, _) where !isQR:
            post(.buyerPaying(gatewayStatus: gatewayStatus))
        case .status(let state, let gatewayStatus, _) where !state.isFinal:
            post(.waitingForBuyer(gatewayStatus: gatewayStatus))
        case .status:
            break  // the final answer comes as the wait's result
        case .checking(let reason, _):
            post(.checking(reason: reason))
        }
    }

    private func result(of outcome: PaymentOutcome) -> PaymentResult {
        let kind: PaymentResult.Outcome
        switch outcome {
        case .paid: kind = .paid
        case .declined(_, let error): kind = .declined(reason: error.message)
        case .canceled: kind = .cancelled
        case .unconfirmed: kind = .unconfirmed
        }
        return PaymentResult(kind, orderNumber: outcome.attempt.orderNumber.rawValue, time: timeText())
    }

    /// `yyyy-MM-dd HH:mm:ss` in the machine's time zone.
    @Sendable public static func localTime() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}

/// The order number the checkout made for one payment, caught as it is made: a start that fails
/// after the attempt was stored throws no order number, yet the attempt has one.
final class MadeOrderNumber: Sendable {
    private let made = Mutex<MerchantOrderNumber?>(nil)

    var value: MerchantOrderNumber? { made.withLock { $0 } }

    /// `service` with an order-number maker that records what it makes here.
    func watching(_ service: CheckoutService) -> CheckoutService {
        let context = service.context
        return CheckoutService(
            context: CheckoutContext(
                journal: context.journal, gateways: context.gateways, clock: context.clock, wallClock: context.wallClock,
                makeOrderNumber: { time in
                    let order = context.makeOrderNumber(time)
                    self.made.withLock { $0 = order }
                    return order
                }, timing: context.timing))
    }
}
