/// One kind of journal row that moves money, as SQL: where the rows are, and the expression of each
/// field a report reads. The figures are summed by SQL (`GROUP BY`) and each row's fields are joined
/// into one text by SQL for its digest, so a report over 100,000 sales reads no row into Swift
/// objects. Every source shares the same field names, so one query shape serves all five.
struct MoneySource {
    /// The table whose row is counted, and the SQL of its key: `transitions` and `t.id`.
    let table: String
    let key: String
    /// `FROM … JOIN …`, and the condition beside the shift's (without `WHERE`).
    let from: String
    let filter: String
    /// The alias of the table that carries `shift_id`.
    let stamped: String
    /// SQL expressions: `sale`, `refund`, `paid_in` or `paid_out`; the tender, brand and gateway
    /// (empty text when none); the amount in minor units; the currency; 1 for an automatic refund.
    /// Written in the SQL both databases speak: `TRUE`, `CASE` and `CAST(… AS TEXT)`, never SQLite's
    /// integers as booleans or its implicit casts (a Z's digests are the same text on either).
    let kind: String
    let tender: String
    let brand: String
    let gateway: String
    let amount: String
    let currency: String
    let automatic: String
    let order: String
    let at: String

    /// The five sources. `lateRefundReason` marks the reconciler's refunds of late payments.
    static func all(lateRefundReason: String) -> [MoneySource] {
        let late = "'" + lateRefundReason.replacingOccurrences(of: "'", with: "''") + "'"
        return [
            MoneySource(
                table: "transitions", key: "t.id",
                from: "transitions t JOIN attempts a ON a.order_number = t.order_number", filter: "t.to_state = 'succeeded'",
                stamped: "t", kind: "'sale'", tender: "a.kind", brand: "a.brand", gateway: "a.gateway", amount: "a.amount_minor",
                currency: "a.currency", automatic: "0", order: "a.order_number", at: "t.at"),
            MoneySource(
                table: "refund_transitions", key: "rt.id",
                from: """
                    refund_transitions rt JOIN refunds r ON r.refund_number = rt.refund_number
                    JOIN attempts a ON a.order_number = r.order_number
                    """,
                filter: "rt.to_state = 'succeeded'", stamped: "rt", kind: "'refund'", tender: "a.kind", brand: "a.brand",
                gateway: "a.gateway", amount: "r.amount_minor", currency: "r.currency",
                automatic: "CASE WHEN COALESCE(r.reason, '') = \(late) THEN 1 ELSE 0 END", order: "r.order_number", at: "rt.at"),
            MoneySource(
                table: "tender_payments", key: "p.order_number", from: "tender_payments p", filter: "TRUE", stamped: "p",
                kind: "'sale'", tender: "p.tender", brand: "''", gateway: "''", amount: "p.amount_minor", currency: "p.currency",
                automatic: "0", order: "p.order_number", at: "p.created_at"),
            MoneySource(
                table: "tender_refunds", key: "tr.id",
                from: "tender_refunds tr JOIN tender_payments p ON p.order_number = tr.order_number", filter: "TRUE",
                stamped: "tr", kind: "'refund'", tender: "p.tender", brand: "''", gateway: "''", amount: "tr.amount_minor",
                currency: "tr.currency", automatic: "0", order: "tr.order_number", at: "tr.created_at"),
            MoneySource(
                table: "cash_movements", key: "m.id", from: "cash_movements m", filter: "TRUE", stamped: "m",
                kind: "CASE m.direction WHEN 'in' THEN 'paid_in' ELSE 'paid_out' END", tender: "''", brand: "''",
                gateway: "''", amount: "m.amount_minor", currency: "m.currency", automatic: "0", order: "''", at: "m.at"),
        ]
    }

    /// The figures of `scope`'s rows, one result row per kind, tender, brand, gateway, currency and
    /// automatic flag, with `n` and `total`.
    func groupQuery(_ scope: JournalStore.EventScope) -> String {
        """
        SELECT \(kind) AS kind, \(tender) AS tender, \(brand) AS brand, \(gateway) AS gateway, \(currency) AS currency,
               \(automatic) AS automatic, COUNT(*) AS n, SUM(\(amount)) AS total
        FROM \(from) WHERE \(filter) AND \(scope.condition(stamped)) GROUP BY 1, 2, 3, 4, 5, 6
        """
    }

    /// Each of `scope`'s rows: `row` (`table/key`), its order, and `fields`, every field the report
    /// reads joined with `|` in a fixed order: what a Z keeps the digest of.
    func rowQuery(_ scope: JournalStore.EventScope) -> String {
        let fields = [key, kind, order, tender, brand, gateway, amount, currency, automatic, at]
            .map { "COALESCE(CAST(\($0) AS TEXT), '')" }.joined(separator: " || '|' || ")
        return """
            SELECT '\(table)/' || CAST(\(key) AS TEXT) AS row, \(order) AS order_number, '\(table)|' || \(fields) AS fields
            FROM \(from) WHERE \(filter) AND \(scope.condition(stamped))
            """
    }
}
