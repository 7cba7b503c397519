import Foundation
import TillCore

extension JournalStore {
    /// Stores a new sale and returns it with its number.
    public func createSale(amount: Money, description: String?, at time: Date) throws(JournalError) -> Sale {
        let id = try connection.insertReturningID(
            "INSERT INTO sales (amount_minor, currency, description, created_at, lane, shift_id, cashier) VALUES (?, ?, ?, ?, ?, "
                + openShiftID + ", " + openShiftCashier + ")",
            [.integer(amount.minorUnits), .text(amount.currency.code), JournalValue(description),
             .integer(time.journalMilliseconds), JournalValue(lane)])
        return Sale(id: id, amount: amount, description: description, createdAt: time)
    }

    /// The sale with number `id`, if any.
    public func sale(id: Int64) throws(JournalError) -> Sale? {
        try connection.query("SELECT * FROM sales WHERE id = ?", [.integer(id)]).first.map(Self.sale(from:))
    }

    /// Sales created in `[start, end)`, oldest first.
    public func sales(from start: Date, to end: Date) throws(JournalError) -> [Sale] {
        try connection.query(
            "SELECT * FROM sales WHERE created_at >= ? AND created_at < ? ORDER BY id",
            [.integer(start.journalMilliseconds), .integer(end.journalMilliseconds)]
        ).map(Self.sale(from:))
    }

    static func sale(from row: JournalRow) throws(JournalError) -> Sale {
        guard let id = row.integer("id"), let createdAt = row.integer("created_at") else {
            throw JournalError.corruptRow("sale without id or time")
        }
        return Sale(
            id: id, amount: try money(row, "amount_minor"), description: row.text("description"),
            createdAt: Date(journalMilliseconds: createdAt))
    }

    /// Reads an amount stored as minor units beside a `currency` column.
    static func money(_ row: JournalRow, _ column: String) throws(JournalError) -> Money {
        guard let minor = row.integer(column), let code = row.text("currency") else {
            throw JournalError.corruptRow("amount missing")
        }
        guard let currency = Currency(code: code) else { throw JournalError.corruptRow("unknown currency \(code)") }
        return Money(minorUnits: minor, currency: currency)
    }
}
