import Foundation
import Journal
import TillCore

/// The journal read for people: today's attempts (and those of earlier days that need a person),
/// one attempt's whole story, what each may still refund, and whether it needs a person
/// (`NeedsAPerson`). The counter's history screen asks through this query, so the screen never
/// opens the journal or a gateway itself.
public struct PaymentHistory: Sendable {
    let context: CheckoutContext
    /// Where "today" starts and in which zone times are written: the counter's own.
    let timeZone: TimeZone
    let now: @Sendable () -> Date

    var journal: JournalStore { context.journal }

    public init(context: CheckoutContext, timeZone: TimeZone = .current, now: (@Sendable () -> Date)? = nil) {
        self.context = context
        self.timeZone = timeZone
        self.now = now ?? context.wallClock
    }

    /// Today's attempts, and those of earlier days that need a person, newest first.
    public func today() async throws(CheckoutError) -> [HistoryEntry] {
        try await reading { () throws(JournalError) in try await todayFromJournal() }
    }

    /// How many attempts need a person (`NeedsAPerson`): the count on the counter's status bar.
    public func toHandleCount() async throws(CheckoutError) -> Int {
        try await reading { () throws(JournalError) in
            var count = 0
            for attempt in try await candidates() {
                if try await !assess(attempt).needs.isEmpty { count += 1 }
            }
            return count
        }
    }

    /// One attempt with every state change, refund and handled mark.
    public func details(_ order: MerchantOrderNumber) async throws(CheckoutError) -> HistoryDetails {
        try await reading { () throws(JournalError) in try await detailsFromJournal(order) }
    }

    func reading<T>(_ body: () async throws(JournalError) -> T) async throws(CheckoutError) -> T {
        do {
            return try await body()
        } catch {
            throw .journal(error)
        }
    }

    private func todayFromJournal() async throws(JournalError) -> [HistoryEntry] {
        let (start, end) = todayBounds()
        var listed: [(PaymentAttempt, HistoryEntry)] = []
        for sale in try await journal.sales(from: start, to: end) {
            for attempt in try await journal.attempts(forSale: sale.id) {
                listed.append((attempt, try await entry(attempt, description: sale.description)))
            }
        }
        let known = Set(listed.map(\.0.orderNumber))
        for attempt in try await candidates() where !known.contains(attempt.orderNumber) {
            var earlier = try await entry(attempt, description: nil)
            guard earlier.needsAPerson else { continue }
            earlier.saleDescription = try await journal.sale(id: attempt.saleID)?.description
            listed.append((attempt, earlier))
        }
        listed.sort { ($0.0.createdAt, $0.0.orderNumber.rawValue) > ($1.0.createdAt, $1.0.orderNumber.rawValue) }
        return listed.map(\.1)
    }

    /// The attempts that may need a person, each once: without a final state, flagged for the
    /// manager, or with a refund without a final state.
    private func candidates() async throws(JournalError) -> [PaymentAttempt] {
        var found = try await journal.unresolvedAttempts() + journal.attemptsNeedingAttention()
        for refund in try await journal.unresolvedRefunds() {
            if let attempt = try await journal.attempt(refund.orderNumber) { found.append(attempt) }
        }
        var seen = Set<MerchantOrderNumber>()
        return found.filter { seen.insert($0.orderNumber).inserted }
    }

    /// What the journal holds beside an attempt that the rule reads: its refunds and latest mark.
    struct Assessment {
        let refunds: [Refund]
        let handled: HandledMark?
        let needs: [NeedsAPerson.Reason]
    }

    func assess(_ attempt: PaymentAttempt) async throws(JournalError) -> Assessment {
        // Only a paid attempt can have refunds (the journal refuses others): skip the query for the rest.
        let refunds = attempt.state == .succeeded ? try await journal.refunds(of: attempt.orderNumber) : []
        let handled = try await journal.handledMarks(of: attempt.orderNumber).last
        let needs = NeedsAPerson(now: now()).reasons(attempt, refunds: refunds, handled: handled)
        return Assessment(refunds: refunds, handled: handled, needs: needs)
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
            entry: try await entry(attempt, description: description), transitions: transitions, refunds: refunds,
            handled: try await journal.handledMarks(of: order).map(handledNote))
    }

    func entry(_ attempt: PaymentAttempt, description: String?) async throws(JournalError) -> HistoryEntry {
        let assessment = try await assess(attempt)
        let currency = attempt.amount.currency
        func total(_ include: (Refund) -> Bool) -> Int64 {
            assessment.refunds.filter(include).reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        }
        let committed = total { $0.state != .failed }
        let left = attempt.state == .succeeded ? attempt.amount.minorUnits - committed : 0
        return HistoryEntry(
            orderNumber: attempt.orderNumber, saleID: attempt.saleID, saleDescription: description,
            time: timeText(attempt.createdAt), amount: attempt.amount, brand: attempt.brand, gateway: attempt.gateway,
            kind: attempt.kind, state: attempt.state,
            refunded: Money(minorUnits: total { $0.state == .succeeded }, currency: currency),
            left: Money(minorUnits: max(0, left), currency: currency),
            refundPending: assessment.refunds.contains { !$0.state.isFinal }, attention: attempt.attention,
            refunds: refundOffer(attempt.gateway), needs: assessment.needs,
            handled: assessment.handled.flatMap { $0.covers(attempt) ? handledNote($0) : nil })
    }

    /// A handled mark in people's words.
    func handledNote(_ mark: HandledMark) -> HandledNote {
        HandledNote(orderNumber: mark.orderNumber, time: timeText(mark.at), person: mark.person, note: mark.note)
    }

    private func refundOffer(_ gateway: GatewayID) -> HistoryEntry.RefundOffer {
        switch context.gateways.refundScope(gateway) {
        case .fullAndPartial: .fullAndPartial
        case .fullOnly: .fullOnly
        case nil: .none
        }
    }

    var calendar: Calendar {
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
