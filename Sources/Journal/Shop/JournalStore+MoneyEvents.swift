import Foundation
import TillCore

extension JournalStore {
    /// Which rows a report reads: those stamped with one shift, and with `orphans` those written while
    /// no shift was open (a late payment settled overnight), which the next Z takes in.
    struct EventScope {
        let shiftID: Int64?
        let orphans: Bool

        /// The condition on `table.shift_id`, with its two parameters.
        func condition(_ table: String) -> String { "(\(table).shift_id = ? OR (? = 1 AND \(table).shift_id IS NULL))" }
        var parameters: [SQLiteValue] { [.integer(shiftID ?? -1), .integer(orphans ? 1 : 0)] }
    }

    /// Every money movement in `scope`, in no particular order (the sums and the sorted row list
    /// need none).
    func moneyEvents(_ scope: EventScope) throws(JournalError) -> [MoneyEvent] {
        var events = try gatewaySales(scope)
        events += try gatewayRefunds(scope)
        events += try tenderSales(scope)
        events += try tenderRefunds(scope)
        events += try cashMovements(scope)
        return events
    }

    private func gatewaySales(_ scope: EventScope) throws(JournalError) -> [MoneyEvent] {
        try connection.query(
            """
            SELECT t.id, t.at, a.order_number, a.gateway, a.brand, a.kind, a.amount_minor, a.currency
            FROM transitions t JOIN attempts a ON a.order_number = t.order_number
            WHERE t.to_state = 'succeeded' AND \(scope.condition("t"))
            """, scope.parameters
        ).map { row throws(JournalError) in
            try Self.event(row, table: "transitions", kind: .sale, tender: row.text("kind").flatMap(PaymentKind.init).map(Tender.init))
        }
    }

    private func gatewayRefunds(_ scope: EventScope) throws(JournalError) -> [MoneyEvent] {
        try connection.query(
            """
            SELECT rt.id, rt.at, r.order_number, r.amount_minor, r.currency, r.reason, a.gateway, a.brand, a.kind
            FROM refund_transitions rt JOIN refunds r ON r.refund_number = rt.refund_number
                 JOIN attempts a ON a.order_number = r.order_number
            WHERE rt.to_state = 'succeeded' AND \(scope.condition("rt"))
            """, scope.parameters
        ).map { row throws(JournalError) in
            try Self.event(
                row, table: "refund_transitions", kind: .refund, tender: row.text("kind").flatMap(PaymentKind.init).map(Tender.init),
                automatic: row.text("reason") == Self.lateRefundReason)
        }
    }

    private func tenderSales(_ scope: EventScope) throws(JournalError) -> [MoneyEvent] {
        try connection.query(
            "SELECT p.order_number AS id, p.created_at AS at, p.* FROM tender_payments p WHERE \(scope.condition("p"))",
            scope.parameters
        ).map { row throws(JournalError) in
            try Self.event(row, table: "tender_payments", kind: .sale, tender: row.text("tender").flatMap(Tender.init))
        }
    }

    private func tenderRefunds(_ scope: EventScope) throws(JournalError) -> [MoneyEvent] {
        try connection.query(
            """
            SELECT r.id, r.created_at AS at, r.order_number, r.amount_minor, r.currency, p.tender
            FROM tender_refunds r JOIN tender_payments p ON p.order_number = r.order_number
            WHERE \(scope.condition("r"))
            """, scope.parameters
        ).map { row throws(JournalError) in
            try Self.event(row, table: "tender_refunds", kind: .refund, tender: row.text("tender").flatMap(Tender.init))
        }
    }

    private func cashMovements(_ scope: EventScope) throws(JournalError) -> [MoneyEvent] {
        try connection.query("SELECT * FROM cash_movements m WHERE \(scope.condition("m"))", scope.parameters)
            .map { row throws(JournalError) in
                let kind: MoneyEvent.Kind = row.text("direction") == CashMovement.Direction.paidIn.rawValue ? .paidIn : .paidOut
                return try Self.event(row, table: "cash_movements", kind: kind, tender: nil)
            }
    }

    /// One event from a row with `id`, `at`, `amount_minor` and `currency` columns (and, for sales
    /// and refunds, `order_number`, `gateway`, `brand`).
    private static func event(
        _ row: SQLiteRow, table: String, kind: MoneyEvent.Kind, tender: Tender?, automatic: Bool = false
    ) throws(JournalError) -> MoneyEvent {
        let key = row.integer("id").map(String.init) ?? row.text("id")
        guard let key, let at = row.integer("at") else { throw JournalError.corruptRow("\(table) row without id or time") }
        if kind == .sale || kind == .refund, tender == nil { throw JournalError.corruptRow("\(table)/\(key) without a tender") }
        return MoneyEvent(
            table: table, key: key, kind: kind, orderNumber: row.text("order_number"), tender: tender,
            brand: row.text("brand").flatMap(Brand.init(rawValue:)), gateway: row.text("gateway").flatMap(GatewayID.init(rawValue:)),
            amount: try money(row, "amount_minor"), isAutomatic: automatic, at: Date(journalMilliseconds: at))
    }
}
