import Foundation
import TillCore

/// Which attempts a search of the journal keeps: every condition that is set must hold. Searches
/// over days and exports by date range (`till journal list --from … --to …`) are built on it.
public struct AttemptFilter: Equatable, Sendable {
    /// The first instant kept (inclusive).
    public var from: Date?
    /// The first instant no longer kept (exclusive): the start of the day after the last day asked for.
    public var until: Date?
    /// The exact amount, currency included.
    public var amount: Money?
    /// Part of the merchant order number (case does not matter).
    public var orderContains: String?
    public var brand: Brand?
    public var gateway: GatewayID?
    /// The payment a receipt (of its sale or of one of its refunds) was issued for.
    public var receipt: Int64?
    /// The cashier of the sale's shift (case does not matter).
    public var cashier: String?

    public init(
        from: Date? = nil, until: Date? = nil, amount: Money? = nil, orderContains: String? = nil, brand: Brand? = nil,
        gateway: GatewayID? = nil, receipt: Int64? = nil, cashier: String? = nil
    ) {
        self.from = from
        self.until = until
        self.amount = amount
        self.orderContains = orderContains
        self.brand = brand
        self.gateway = gateway
        self.receipt = receipt
        self.cashier = cashier
    }

    /// The SQL conditions (joined with AND, or `TRUE` when none) and their bound values, in order.
    var whereClause: (sql: String, values: [JournalValue]) {
        // Each condition that is set, with its bound values. The cashier's text is escaped for LIKE
        // (SQLite has no `strpos`, PostgreSQL no `instr`), so `%` and `_` match themselves.
        let conditions: [(sql: String, values: [JournalValue])?] = [
            from.map { ("created_at >= ?", [.integer($0.journalMilliseconds)]) },
            until.map { ("created_at < ?", [.integer($0.journalMilliseconds)]) },
            amount.map { ("amount_minor = ? AND currency = ?", [.integer($0.minorUnits), .text($0.currency.code)]) },
            orderContains.map { ("lower(order_number) LIKE ? ESCAPE '\\'", [.text("%" + Self.likeEscaped($0.lowercased()) + "%")]) },
            brand.map { ("brand = ?", [.text($0.rawValue)]) },
            gateway.map { ("gateway = ?", [.text($0.rawValue)]) },
            receipt.map { ("order_number IN (SELECT order_number FROM receipts WHERE number = ?)", [.integer($0)]) },
            cashier.map { ("sale_id IN (SELECT id FROM sales WHERE lower(cashier) = lower(?))", [.text($0)]) },
        ]
        let set = conditions.compactMap { $0 }
        return (set.isEmpty ? "TRUE" : set.map(\.sql).joined(separator: " AND "), set.flatMap(\.values))
    }

    /// `text` with LIKE's wildcards and its escape character escaped by `\`.
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

extension JournalStore {
    /// The attempts `filter` keeps, newest first, at most `limit` (all when nil).
    public func attempts(matching filter: AttemptFilter, limit: Int? = nil) throws(JournalError) -> [PaymentAttempt] {
        let (conditions, values) = filter.whereClause
        let bound = limit.map { " LIMIT \(max(0, $0))" } ?? ""
        return try connection.query(
            "SELECT * FROM attempts WHERE \(conditions) ORDER BY created_at DESC, order_number DESC" + bound, values
        ).map(Self.attempt(from:))
    }
}

extension JournalStore {
    /// The currencies of the attempts in the journal, by code.
    public func currencies() throws(JournalError) -> [Currency] {
        try connection.query("SELECT DISTINCT currency FROM attempts ORDER BY currency").compactMap {
            $0.text("currency").flatMap(Currency.init(code:))
        }
    }
}
