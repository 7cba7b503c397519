import Foundation
import TillCore

/// The sum of the money rows that share a kind, tender, brand, gateway, currency and automatic flag.
struct MoneyGroup {
    /// `sale`, `refund`, `paid_in` or `paid_out`.
    let kind: String
    let tender: Tender?
    let brand: Brand?
    let gateway: GatewayID?
    let currency: Currency
    /// Refunds the reconciler made of payments that came after the cashier gave up.
    let isAutomatic: Bool
    let count: Int
    let total: Int64
}

/// One journal row a Z counts: `table/key`, the digest of its fields, its order number if any.
struct CountedRow {
    let row: String
    let digest: String
    let order: String?
}

extension JournalStore {
    /// Which rows a report reads: those stamped with one shift, and with `orphans` those written while
    /// no shift was open (a late payment settled overnight), which the next Z takes in.
    struct EventScope {
        let shiftID: Int64?
        let orphans: Bool
        /// Every open shift's rows, of every lane (the store's X), besides `shiftID`'s.
        var everyOpenShift = false

        /// The condition on `table.shift_id`, with its two parameters.
        func condition(_ table: String) -> String {
            let open = everyOpenShift ? " OR \(table).shift_id IN (SELECT id FROM shifts WHERE closed_at IS NULL)" : ""
            return "(\(table).shift_id = ?\(open) OR (? = 1 AND \(table).shift_id IS NULL))"
        }
        var parameters: [JournalValue] { [.integer(shiftID ?? -1), .integer(orphans ? 1 : 0)] }
    }

    private var moneySources: [MoneySource] { MoneySource.all(lateRefundReason: Self.lateRefundReason) }

    /// The money rows of `scope`, summed by SQL.
    func moneyGroups(_ scope: EventScope) throws(JournalError) -> [MoneyGroup] {
        var groups: [MoneyGroup] = []
        for source in moneySources {
            for row in try connection.query(source.groupQuery(scope), scope.parameters) {
                guard let kind = row.text("kind"), let code = row.text("currency"), let currency = Currency(code: code),
                    let count = row.integer("n"), let total = row.integer("total")
                else { throw JournalError.corruptRow("\(source.table) without an amount or currency") }
                groups.append(MoneyGroup(
                    kind: kind, tender: row.text("tender").flatMap(Tender.init(rawValue:)),
                    brand: row.text("brand").flatMap(Brand.init(rawValue:)),
                    gateway: row.text("gateway").flatMap(GatewayID.init(rawValue:)), currency: currency,
                    isAutomatic: row.integer("automatic") == 1, count: Int(count), total: total))
            }
        }
        return groups
    }

    /// Each money row of `scope`, with its digest and its order number.
    func countedRows(_ scope: EventScope) throws(JournalError) -> [CountedRow] {
        var rows: [CountedRow] = []
        for source in moneySources {
            // Columns in `rowQuery`'s order: row, order_number, fields.
            try connection.forEachRow(source.rowQuery(scope), scope.parameters) { text in
                guard let key = text(0), let fields = text(2) else { return }
                let order = text(1).flatMap { $0.isEmpty ? nil : $0 }
                rows.append(CountedRow(row: key, digest: ReportChain.rowDigest(fields), order: order))
            }
        }
        return rows
    }
}
