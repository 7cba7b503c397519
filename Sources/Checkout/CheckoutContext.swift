import Foundation
import Gateways
import Journal
import TillCore

/// Everything the checkout flows need, injected: the journal, the gateways, the clock that paces the
/// 3 s / 45 s loop (a `ManualClock` in tests), the wall clock stamped on journal rows, and the maker of
/// merchant order numbers.
public struct CheckoutContext: Sendable {
    /// The durable record; every attempt is stored here before its gateway is called.
    public let journal: JournalStore
    /// The configured gateways.
    public let gateways: GatewayDirectory
    /// Paces polls and deadlines.
    public let clock: any Clock<Duration>
    /// The time written into the journal.
    public let wallClock: @Sendable () -> Date
    /// Makes a fresh merchant order number for an attempt started at the given time.
    public let makeOrderNumber: @Sendable (Date) -> MerchantOrderNumber
    /// The poll interval and the wait window.
    public let timing: PollTiming

    public init(
        journal: JournalStore, gateways: GatewayDirectory, clock: any Clock<Duration> = ContinuousClock(),
        wallClock: @escaping @Sendable () -> Date = { Date() },
        makeOrderNumber: @escaping @Sendable (Date) -> MerchantOrderNumber = CheckoutContext.randomOrderNumber,
        timing: PollTiming = .standard
    ) {
        self.journal = journal
        self.gateways = gateways
        self.clock = clock
        self.wallClock = wallClock
        self.makeOrderNumber = makeOrderNumber
        self.timing = timing
    }

    /// The same context with another maker of order numbers (a wrapper that watches what is made).
    public func making(orderNumbers: @escaping @Sendable (Date) -> MerchantOrderNumber) -> CheckoutContext {
        CheckoutContext(
            journal: journal, gateways: gateways, clock: clock, wallClock: wallClock, makeOrderNumber: orderNumbers,
            timing: timing)
    }

    /// An order number from the UTC time and the system's random source.
    @Sendable public static func randomOrderNumber(at time: Date) -> MerchantOrderNumber {
        var generator = SystemRandomNumberGenerator()
        return MerchantOrderNumber.make(timestamp: orderTimestamp(time), using: &generator)
    }

    /// `yyyyMMddHHmmss` in UTC.
    static func orderTimestamp(_ time: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: time)
        let fields = [(parts.year ?? 0, 4), (parts.month ?? 0, 2), (parts.day ?? 0, 2), (parts.hour ?? 0, 2),
                      (parts.minute ?? 0, 2), (parts.second ?? 0, 2)]
        return fields.map { value, width in
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }.joined()
    }
}

/// How often Till asks a gateway and how long it waits before it asks the cashier.
public struct PollTiming: Sendable, Equatable {
    /// Time between two status questions: 3 s.
    public var interval: Duration
    /// How long one wait lasts: 45 s (then the cashier chooses, or QuickPay gives up).
    public var window: Duration

    public init(interval: Duration, window: Duration) {
        self.interval = interval
        self.window = window
    }

    /// 3 s / 45 s, as the gateways advise.
    public static let standard = PollTiming(interval: .seconds(3), window: .seconds(45))
}
