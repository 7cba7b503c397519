import ArgumentParser
import Foundation
import Journal
import TillCore
import TillStrings

/// `--from`, `--to`, `--amount`, `--order`, `--brand`, `--gateway`: the search over days that
/// `till journal list` and `till journal export` share. Dates are days of the counter's time zone.
struct JournalSearchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The first day to include, YYYY-MM-DD.", valueName: "day")) var from: String?
    @Option(help: ArgumentHelp("The last day to include, YYYY-MM-DD.", valueName: "day")) var to: String?
    @Option(help: ArgumentHelp("Only this amount, as typed at the counter (1200, 12.50).", valueName: "amount"))
    var amount: String?
    @Option(help: ArgumentHelp("The amount's currency, when the journal holds more than one.", valueName: "code"))
    var currency: String?
    @Option(help: ArgumentHelp("Part of the order number.", valueName: "text")) var order: String?
    @Option(help: ArgumentHelp("wechatpay, alipay, card or tapin.", valueName: "brand")) var brand: String?
    @Option(help: ArgumentHelp("takemepay, tapin, pomelo or motp.", valueName: "gateway")) var gateway: String?
    @Option(help: ArgumentHelp("The payment of this receipt number (its sale's or a refund's).", valueName: "number"))
    var receipt: Int64?
    @Option(help: ArgumentHelp("The cashier whose shift took the sale.", valueName: "name")) var cashier: String?

    /// True when any condition is given.
    var isSearching: Bool { [from, to, amount, order, brand, gateway, cashier].contains { $0 != nil } || receipt != nil }

    /// The filter, checked; a bad value is a one-sentence error with exit status 2.
    func filter(in store: JournalStore, _ strings: Strings, timeZone: TimeZone = .current) async throws -> AttemptFilter {
        var filter = AttemptFilter(orderContains: order, receipt: receipt, cashier: cashier)
        let first = try from.map { try Self.day($0, option: "--from", timeZone: timeZone, strings) }
        let last = try to.map { try Self.day($0, option: "--to", timeZone: timeZone, strings) }
        if let first, let last, last.start < first.start {
            throw CLIError(strings.text(.searchToBeforeFrom, ["to": to ?? "", "from": from ?? ""]), exitCode: 2)
        }
        filter.from = first?.start
        filter.until = last?.end
        if let brand {
            guard let known = Brand(rawValue: brand.lowercased()) else {
                throw CLIError(strings.text(.searchUnknownBrand, ["brand": brand]), exitCode: 2)
            }
            filter.brand = known
        }
        if let gateway {
            guard let known = GatewayID(rawValue: gateway.lowercased()) else {
                throw CLIError(strings.text(.searchUnknownGateway, ["gateway": gateway]), exitCode: 2)
            }
            filter.gateway = known
        }
        guard currency == nil || amount != nil else {
            throw CLIError(strings[.searchCurrencyNeedsAmount], exitCode: 2)
        }
        if let amount { filter.amount = try await money(amount, in: store, strings) }  // nil: an empty journal
        return filter
    }

    /// The amount in the given currency, or in the journal's one currency.
    private func money(_ text: String, in store: JournalStore, _ strings: Strings) async throws -> Money? {
        let resolved: Currency
        if let currency {
            guard let known = Currency(code: currency.uppercased()) else {
                throw CLIError(strings.text(.searchUnknownCurrency, ["currency": currency]), exitCode: 2)
            }
            resolved = known
        } else {
            let present = try await store.currencies()
            guard present.count <= 1 else {
                let codes = present.map(\.code).joined(separator: ", ")
                throw CLIError(strings.text(.searchWhichCurrency, ["codes": codes]), exitCode: 2)
            }
            guard let only = present.first else { return nil }
            resolved = only
        }
        do {
            return try Money.parse(cashierInput: text, currency: resolved)
        } catch {
            throw CLIError(strings.text(.amountInvalid, ["text": text, "reason": error.message(in: strings)]), exitCode: 2)
        }
    }

    /// The day `text` names (YYYY-MM-DD), from its midnight to the next one in `timeZone`.
    static func day(_ text: String, option: String, timeZone: TimeZone, _ strings: Strings = Strings(.en)) throws -> (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: start) == day, calendar.component(.month, from: start) == month,
            // The next day's own start, not start + 1 day: where a day begins at 01:00 (daylight
            // saving from midnight) that would take an hour of the next day twice.
            let next = calendar.date(byAdding: .hour, value: 36, to: start)
        else {
            throw CLIError(strings.text(.searchNotADay, ["option": option, "text": text]), exitCode: 2)
        }
        return (start, calendar.startOfDay(for: next))
    }
}
