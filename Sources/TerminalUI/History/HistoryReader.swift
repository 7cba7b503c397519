import Checkout
import Foundation
import Gateways
import Journal
import TillCore

/// Reads the journal for the history screen and runs its refunds through the checkout flows. The
/// loop calls `run`, which answers on a task and posts the answer to the inbox, so a slow journal
/// or gateway never holds up the keys.
public struct HistoryReader: Sendable {
    let checkout: CheckoutService
    /// Where "today" starts and in which zone times are written: the counter's own.
    let timeZone: TimeZone
    let now: @Sendable () -> Date
    /// The orders this counter works on: a refund holds its order so no reconciler (here or in
    /// another process) follows the same refund at the same time.
    let ordersInUse: ScreenOrders?

    private var journal: JournalStore { checkout.context.journal }

    public init(
        checkout: CheckoutService, ordersInUse: ScreenOrders? = nil, timeZone: TimeZone = .current,
        now: (@Sendable () -> Date)? = nil
    ) {
        self.checkout = checkout
        self.ordersInUse = ordersInUse
        self.timeZone = timeZone
        self.now = now ?? checkout.context.wallClock
    }

    /// Answers `request` on a task. A refund is followed by `.journalChanged`, so whatever shows
    /// the journal (the list, the status bar) reads it again.
    public func run(_ request: HistoryRequest, inbox: EventInbox) {
        Task {
            let update = await answer(request)
            inbox.post(.history(update))
            if case .refund = request { inbox.post(.journalChanged) }
        }
    }

    /// The answer to one request.
    public func answer(_ request: HistoryRequest) async -> HistoryUpdate {
        if case .refund(let order, let amount) = request { return await refund(order, amount) }
        do throws(JournalError) {
            switch request {
            case .loadToday: return .loaded(try await today())
            case .countUnresolved: return .unresolved(try await openAttempts().count)
            case .details(let order): return .details(try await details(order))
            case .refund: return .failed("unreachable")
            }
        } catch {
            return .failed(error.description)
        }
    }

    /// Today's attempts, and older ones that are still unresolved, newest first.
    func today() async throws(JournalError) -> [HistoryEntry] {
        let (start, end) = todayBounds()
        let sales = try await journal.sales(from: start, to: end)
        var descriptions: [Int64: String] = [:]
        var attempts: [PaymentAttempt] = []
        for sale in sales {
            descriptions[sale.id] = sale.description
            attempts += try await journal.attempts(forSale: sale.id)
        }
        let known = Set(attempts.map(\.orderNumber))
        for attempt in try await openAttempts() where !known.contains(attempt.orderNumber) {
            attempts.append(attempt)
            if descriptions[attempt.saleID] == nil {
                descriptions[attempt.saleID] = try await journal.sale(id: attempt.saleID)?.description
            }
        }
        attempts.sort { ($0.createdAt, $0.orderNumber.rawValue) > ($1.createdAt, $1.orderNumber.rawValue) }
        var entries: [HistoryEntry] = []
        for attempt in attempts {
            entries.append(try await entry(attempt, description: descriptions[attempt.saleID]))
        }
        return entries
    }

    /// Attempts without a final state, and those flagged for the manager, each once.
    func openAttempts() async throws(JournalError) -> [PaymentAttempt] {
        var seen = Set<MerchantOrderNumber>()
        return (try await journal.unresolvedAttempts() + journal.attemptsNeedingAttention()).filter {
            seen.insert($0.orderNumber).inserted
        }
    }

    func details(_ order: MerchantOrderNumber) async throws(JournalError) -> HistoryDetails {
        guard let attempt = try await journal.attempt(order) else { throw JournalError.unknownOrder(order.rawValue) }
        let description = try await journal.sale(id: attempt.saleID)?.description
        let transitions = try await journal.transitions(order).map {
            HistoryDetails.Transition(time: timeText($0.at), from: $0.from, to: $0.to, code: $0.rawCode, note: $0.note)
        }
        let refunds = try await journal.refunds(of: order).map {
            HistoryDetails.RefundLine(
                number: $0.refundNumber, time: timeText($0.createdAt), amount: $0.amount, state: $0.state, reason: $0.reason)
        }
        return HistoryDetails(
            entry: try await entry(attempt, description: description), transitions: transitions, refunds: refunds)
    }

    private func refund(_ order: MerchantOrderNumber, _ amount: Money) async -> HistoryUpdate {
        ordersInUse?.begin(order)
        defer { ordersInUse?.end(order) }
        do {
            return .refunded(try await checkout.refund(order, amount: amount, reason: "refunded at the counter"))
        } catch {
            return .refundFailed(error.message)
        }
    }

    private func entry(_ attempt: PaymentAttempt, description: String?) async throws(JournalError) -> HistoryEntry {
        // Only a paid attempt can have refunds (the journal refuses others): skip the query for the rest.
        let refunds = attempt.state == .succeeded ? try await journal.refunds(of: attempt.orderNumber) : []
        let currency = attempt.amount.currency
        func total(_ include: (Refund) -> Bool) -> Int64 {
            refunds.filter(include).reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        }
        let committed = total { $0.state != .failed }
        let left = attempt.state == .succeeded ? attempt.amount.minorUnits - committed : 0
        return HistoryEntry(
            orderNumber: attempt.orderNumber, saleID: attempt.saleID, saleDescription: description,
            time: timeText(attempt.createdAt), amount: attempt.amount, brand: attempt.brand, gateway: attempt.gateway,
            kind: attempt.kind, state: attempt.state,
            refunded: Money(minorUnits: total { $0.state == .succeeded }, currency: currency),
            left: Money(minorUnits: max(0, left), currency: currency),
            refundPending: refunds.contains { !$0.state.isFinal }, attention: attempt.attention,
            refunds: refundOffer(attempt.gateway))
    }

    private func refundOffer(_ gateway: GatewayID) -> HistoryEntry.RefundOffer {
        switch checkout.context.gateways.refundScope(gateway) {
        case .fullAndPartial: .fullAndPartial
        case .fullOnly: .fullOnly
        case nil: .none
        }
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private func todayBounds() -> (Date, Date) {
        let start = calendar.startOfDay(for: now())
        return (start, calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400))
    }

    /// `14:03:22` for a time today, `12-01 14:03` for an earlier day.
    func timeText(_ date: Date) -> String {
        let parts = calendar.dateComponents([.month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let digits = String(value ?? 0)
            return digits.count < 2 ? "0" + digits : digits
        }
        if date >= todayBounds().0 {
            return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
        }
        return "\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
