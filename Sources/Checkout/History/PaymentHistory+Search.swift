import Foundation
import Journal
import TillCore

/// The counter's history over days: one earlier day at a time, or a search of every day.
extension PaymentHistory {
    /// The most a search lists: the newest first.
    public static let searchLimit = 200

    /// The attempts of the day `offset` days from today (0 today, -1 yesterday), newest first,
    /// with the day's date as the list's heading (`2026-12-04`).
    public func day(_ offset: Int) async throws(CheckoutError) -> (heading: String, entries: [HistoryEntry]) {
        let today = calendar.startOfDay(for: now())
        let start = calendar.date(byAdding: .day, value: offset, to: today) ?? today
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
        let entries = try await listed(AttemptFilter(from: start, until: end), limit: nil)
        let parts = calendar.dateComponents([.year, .month, .day], from: start)
        let heading = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return (heading, entries)
    }

    /// Every day's attempts that `text` finds (`searchFilter`), newest first, at most `searchLimit`.
    public func search(_ text: String, currency: Currency) async throws(CheckoutError) -> [HistoryEntry] {
        try await listed(Self.searchFilter(text, currency: currency), limit: Self.searchLimit)
    }

    /// What the cashier's search means: `#12` the payment receipt 12 was issued for, `@ann` the
    /// sales of cashier Ann, an amount (`1200`, `12.50`) that exact amount, a brand's name that
    /// brand; anything else (ten digits or more too), part of an order number.
    public static func searchFilter(_ text: String, currency: Currency) -> AttemptFilter {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#"), let number = Int64(text.dropFirst()) { return AttemptFilter(receipt: number) }
        if text.hasPrefix("@"), text.count > 1 { return AttemptFilter(cashier: String(text.dropFirst())) }
        // Ten digits or more are part of an order number (its date and time), not a price.
        if text.first?.isNumber == true, text.prefix(while: \.isNumber).count < 10,
            let amount = try? Money.parse(cashierInput: text, currency: currency)
        {
            return AttemptFilter(amount: amount)
        }
        let brand = Brand.allCases.first {
            $0.rawValue.caseInsensitiveCompare(text) == .orderedSame || $0.displayName.caseInsensitiveCompare(text) == .orderedSame
        }
        if let brand { return AttemptFilter(brand: brand) }
        return AttemptFilter(orderContains: text)
    }

    private func listed(_ filter: AttemptFilter, limit: Int?) async throws(CheckoutError) -> [HistoryEntry] {
        try await reading { () throws(JournalError) in
            var entries: [HistoryEntry] = []
            for attempt in try await journal.attempts(matching: filter, limit: limit) {
                entries.append(try await entry(attempt, description: try await journal.sale(id: attempt.saleID)?.description))
            }
            return entries
        }
    }
}
