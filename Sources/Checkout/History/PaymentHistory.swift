import Foundation
import Journal
import TillCore

/// The journal read for people: today's attempts (and older ones still unresolved), one attempt's
/// whole story, and what each may still refund. The counter's history screen asks through this
/// query, so the screen never opens the journal or a gateway itself.
public struct PaymentHistory: Sendable {
    let context: CheckoutContext
    /// Where "today" starts and in which zone times are written: the counter's own.
    let timeZone: TimeZone
    let now: @Sendable () -> Date

    private var journal: JournalStore { context.journal }

    public init(context: CheckoutContext, timeZone: TimeZone = .current, now: (@Sendable () -> Date)? = nil) {
        self.context = context
        self.timeZone = timeZone
        self.now = now ?? context.wallClock
    }

    /// Today's attempts, and older ones that are still unresolved, newest first.
    public func today() async throws(CheckoutError) -> [HistoryEntry] {
        try await reading { () throws(JournalError) in try await todayFromJournal() }
    }

    /// How many attempts need a person: no final answer yet, or flagged for the manager.
    public func unresolvedCount() async throws(CheckoutError) -> Int {
        try await reading { () throws(JournalError) in try await openAttempts().count }
    }

    /// One attempt with every state change and refund.
    public func details(_ order: MerchantOrderNumber) async throws(CheckoutError) -> HistoryDetails {
        try await reading { () throws(JournalError) in try await detailsFromJournal(order) }
    }

    private func reading<T>(_ body: () async throws(JournalError) -> T) async throws(CheckoutError) -> T {
        do {
            return try await body()
        } catch {
            throw .journal(error)
        }
    }

    private func todayFromJournal() async throws(JournalError) -> [HistoryEntry] {
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
    private func openAttempts() async throws(JournalError) -> [PaymentAttempt] {
        var seen = Set<MerchantOrderNumber>()
        return (try await journal.unresolvedAttempts() + journal.attemptsNeedingAttention()).filter {
            seen.insert($0.orderNumber).inserted
        }
    }

    private func detailsFromJournal(_ order: MerchantOrderNumber) async throws(JournalError) -> HistoryDetails {
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
        switch context.gateways.refundScope(gateway) {
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
    private func timeText(_ date: Date) -> String {
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
