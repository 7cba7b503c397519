import Checkout
import Foundation
import Synchronization
import TillCore
import TillStrings

/// Runs the counter's payments: each on its own task, as a Checkout `PaymentSession`, whose events it
/// turns into `AppEvent.payment` for the loop's inbox. The session owns the flow (start, the 3 s / 45 s
/// wait, keep waiting or cancel, give up); this type only translates. One payment is open at a time,
/// as the screens allow.
public final class CounterEffectRunner: Sendable {
    /// Nil without a configured checkout: every start is refused with a message.
    let service: CheckoutService?
    let inbox: EventInbox
    /// Told `true` when an order starts and `false` when the screen stops waiting on it, so the
    /// background reconciler leaves it alone meanwhile.
    let ordersInUse: (@Sendable (MerchantOrderNumber, Bool) -> Void)?
    /// The time on the result screen.
    let timeText: @Sendable () -> String
    /// The language of the reasons on the result screen.
    let strings: Strings
    private let session = Mutex<PaymentSession?>(nil)

    public init(
        service: CheckoutService?, inbox: EventInbox, ordersInUse: (@Sendable (MerchantOrderNumber, Bool) -> Void)? = nil,
        timeText: @escaping @Sendable () -> String = CounterEffectRunner.localTime, strings: Strings = Strings(.en)
    ) {
        self.service = service
        self.inbox = inbox
        self.ordersInUse = ordersInUse
        self.timeText = timeText
        self.strings = strings
    }

    /// Acts on one command; never blocks the loop. Returns the task of a payment it started (tests
    /// await it).
    @discardableResult
    public func run(_ command: PaymentCommand) -> Task<Void, Never>? {
        switch command {
        case .startQR(let serial, let amount, let description, let choice):
            return start(serial: serial, amount: amount, description: description, .qr(gateway: choice.gateway, brand: choice.brand))
        case .startQuickPay(let serial, let amount, let description, let buyerCode):
            return start(serial: serial, amount: amount, description: description, .quickPay(buyerCode: buyerCode))
        case .cancel:
            session.withLock { $0 }?.decide(.cancel)
        case .keepWaiting:
            session.withLock { $0 }?.decide(.keepWaiting)
        case .giveUp:
            session.withLock { $0 }?.decide(.giveUp)
        }
        return nil
    }

    private func start(serial: Int, amount: Money, description: String?, _ start: PaymentSession.Start) -> Task<Void, Never> {
        let post: @Sendable (PaymentProgress.Change) -> Void = { self.inbox.post(.payment(PaymentProgress(serial: serial, $0))) }
        guard let service else {
            let message = strings[.checkoutNoGatewayConfigured]
            post(.finished(PaymentResult(.notStarted(message: message), orderNumber: nil, time: timeText())))
            return Task {}
        }
        let ordersInUse = self.ordersInUse
        let current = PaymentSession(service: service) { order, inUse in ordersInUse?(order, inUse) }
        session.withLock { $0 = current }
        let isQR = if case .qr = start { true } else { false }
        return Task {
            let ending = await current.run(amount: amount, description: description, start) { event in
                Self.report(event, isQR: isQR, post: post)
            }
            post(.finished(self.result(of: ending)))
            self.inbox.post(.journalChanged)
        }
    }

    /// MOTP answers USERPAYING for a QR code nobody has scanned yet, so only a QuickPay's
    /// "processing" means the buyer is at the PIN.
    private static func report(_ event: PaymentSession.Event, isQR: Bool, post: @Sendable (PaymentProgress.Change) -> Void) {
        switch event {
        case .started(let payment):
            post(.created(orderNumber: payment.orderNumber.rawValue, gateway: payment.attempt.gateway, qrPayload: payment.qrPayload))
            if let expiresAt = payment.expiresAt { post(.validUntil(Self.validity(expiresAt))) }
            // A QuickPay often answers "the buyer is confirming" at once (USERPAYING).
            if payment.checking == nil, payment.attempt.state == .processing, !isQR {
                post(.buyerPaying(gatewayStatus: payment.attempt.state.rawValue))
            }
        case .checking(let reason):
            post(.checking(reason: reason))
        case .status(.processing, let gatewayStatus) where !isQR:
            post(.buyerPaying(gatewayStatus: gatewayStatus))
        case .status(_, let gatewayStatus):
            post(.waitingForBuyer(gatewayStatus: gatewayStatus))
        case .windowEnded:
            post(.windowEnded)
        }
    }

    private func result(of ending: PaymentSession.Ending) -> PaymentResult {
        switch ending {
        case .notStarted(let error, let order):
            return PaymentResult(.notStarted(message: error.message(in: strings)), orderNumber: order?.rawValue, time: timeText())
        case .finished(let outcome):
            let kind: PaymentResult.Outcome
            switch outcome {
            case .paid: kind = .paid
            case .declined(_, let error): kind = .declined(reason: error.message(in: strings))
            case .canceled: kind = .cancelled
            case .unconfirmed: kind = .unconfirmed
            }
            return PaymentResult(kind, orderNumber: outcome.attempt.orderNumber.rawValue, time: timeText())
        }
    }

    /// `HH:mm` when `date` is today, else `yyyy-MM-dd HH:mm`, in the machine's time zone.
    static func validity(_ date: Date) -> String {
        let calendar = Calendar.current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        let time = "\(two(parts.hour)):\(two(parts.minute))"
        return calendar.isDateInToday(date) ? time : "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(time)"
    }

    /// `yyyy-MM-dd HH:mm:ss` in the machine's time zone.
    @Sendable public static func localTime() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}
