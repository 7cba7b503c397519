import Foundation
import TillCore

extension JournalStore {
    /// The X report: what this lane's open shift (and anything written while no shift was open) has
    /// taken so far; with `wholeStore`, what every lane's open shift has, with their floats together.
    /// Changes nothing. `currency` is used only when no shift is open.
    public func xReport(currency: Currency, wholeStore: Bool = false) throws(ShiftError) -> ShiftReport {
        do {
            let shift = try currentShiftRow()
            let scope = EventScope(shiftID: shift?.id, orphans: true, everyOpenShift: wholeStore)
            var context = try reportContext(kind: "x", number: nil, shift: shift, currency: currency, scope: scope)
            if wholeStore {
                context.float = try openFloats(currency: shift?.float.currency ?? currency)
                context.shift = nil  // the store's X is no one shift's
            }
            var report = ShiftReportBuilder.build(try moneyGroups(scope), context)
            report.previousHash = try lastZ()?.hash ?? ReportChain.genesis
            return report
        } catch { throw .journal(error) }
    }

    /// Closes the open shift with the cash `counted` and stores its Z report, numbered one above the
    /// last, in one transaction: after a crash there is either the whole Z or none. Refused while a
    /// payment is unresolved, unless `manager` acknowledges every one in `acknowledging` (journaled).
    /// `reconciliation`: what comparing the gateways' lists with the journal found (each line kept in the Z).
    public func closeShift(
        counted: Money, acknowledging: Set<MerchantOrderNumber> = [], manager: String? = nil,
        reconciliation: [String]? = nil, at time: Date
    ) throws(ShiftError) -> ShiftReport {
        try shopTransaction { () throws -> ShiftReport in
            guard let shift = try currentShiftRow() else { throw ShiftError.noOpenShift }
            return try close(
                shift, counted: counted, acknowledging: acknowledging, manager: manager, reconciliation: reconciliation, at: time)
        }
    }

    /// Closes the store's day: every lane's open shift at once, each with the cash counted in its own
    /// drawer (`counted`, by lane id; "" for a counter without one) and its own Z, numbered on from the
    /// last, all in one transaction. Refused, closing nothing, while a lane's count is missing or a
    /// payment of any lane is unresolved and not acknowledged.
    public func closeStoreDay(
        counted: [String: Money], acknowledging: Set<MerchantOrderNumber> = [], manager: String? = nil,
        reconciliation: [String]? = nil, at time: Date
    ) throws(ShiftError) -> [ShiftReport] {
        try shopTransaction { () throws -> [ShiftReport] in
            let shifts = try openShifts()
            guard !shifts.isEmpty else { throw ShiftError.noOpenShift }
            let uncounted = shifts.map { $0.lane ?? "" }.filter { counted[$0] == nil }
            guard uncounted.isEmpty else { throw ShiftError.uncountedLanes(uncounted) }
            let unresolved = try unresolvedAttempts().map(\.orderNumber).filter { !acknowledging.contains($0) }
            guard unresolved.isEmpty else { throw ShiftError.unresolvedAtClose(unresolved.map(\.rawValue)) }
            var reports: [ShiftReport] = []
            for shift in shifts {
                guard let count = counted[shift.lane ?? ""] else { continue }
                reports.append(try close(
                    shift, counted: count, acknowledging: acknowledging, manager: manager, reconciliation: reconciliation,
                    at: time))
            }
            return reports
        }
    }

    /// Closes `shift` with the cash `counted` and stores its Z; inside the caller's transaction.
    private func close(
        _ shift: Shift, counted: Money, acknowledging: Set<MerchantOrderNumber>, manager: String?,
        reconciliation: [String]?, at time: Date
    ) throws -> ShiftReport {
        var shift = shift
        try Self.requireCurrency(counted, of: shift)
        let unresolved = try acknowledgeUnresolved(shift: shift, acknowledging, manager: manager, at: time)
        try adoptOrphans(into: shift.id)
        try connection.query(
            "UPDATE shifts SET closed_at = ?, counted_minor = ? WHERE id = ?",
            [.integer(time.journalMilliseconds), .integer(counted.minorUnits), .integer(shift.id)])
        shift.closedAt = Self.rounded(time)
        shift.counted = counted
        return try storeZ(for: shift, unresolved: unresolved, reconciliation: reconciliation, at: time)
    }

    /// The Z report with this number.
    public func zReport(number: Int64) throws(ShiftError) -> ShiftReport {
        let stored: StoredZ?
        do {
            stored = try connection.query("SELECT * FROM z_reports WHERE number = ?", [.integer(number)]).first
                .map(StoredZ.init(row:))
        } catch { throw .journal(error) }
        guard let stored else { throw .unknownReport(number) }
        do { return try stored.report() } catch { throw .journal(error) }
    }

    /// Every Z report, oldest first.
    public func zReports() throws(ShiftError) -> [ShiftReport] {
        do {
            return try storedZs().map { stored throws(JournalError) in try stored.report() }
        } catch { throw .journal(error) }
    }

    func storedZs() throws(JournalError) -> [StoredZ] {
        try connection.query("SELECT * FROM z_reports ORDER BY number").map(StoredZ.init(row:))
    }

    private func lastZ() throws(JournalError) -> StoredZ? {
        try connection.query("SELECT * FROM z_reports ORDER BY number DESC LIMIT 1").first.map(StoredZ.init(row:))
    }

    private func storeZ(for shift: Shift, unresolved: Int, reconciliation: [String]?, at time: Date) throws -> ShiftReport {
        let previous = try lastZ()
        let number = (previous?.number ?? 0) + 1
        let scope = EventScope(shiftID: shift.id, orphans: false)
        var context = try reportContext(
            kind: "z", number: number, shift: shift, currency: shift.float.currency, scope: scope, unresolved: unresolved)
        if let reconciliation { context.reconciliation = reconciliation }
        var report = ShiftReportBuilder.build(try moneyGroups(scope), context)
        let content = report.json()
        let rows = ReportChain.rowList(try countedRows(scope) + [ReportChain.shiftRow(shift)])
        let previousHash = previous?.hash ?? ReportChain.genesis
        let hash = ReportChain.hash(previous: previousHash, content: content, rows: rows)
        try connection.query(
            "INSERT INTO z_reports (number, shift_id, content, rows, hash, previous_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [.integer(number), .integer(shift.id), .text(content), .text(rows), .text(hash), .text(previousHash),
             .integer(time.journalMilliseconds)])
        report.hash = hash
        report.previousHash = previousHash
        return report
    }

    /// Journals the manager's acknowledgement of each unresolved payment; returns how many there are.
    private func acknowledgeUnresolved(
        shift: Shift, _ acknowledging: Set<MerchantOrderNumber>, manager: String?, at time: Date
    ) throws -> Int {
        let unresolved = try laneUnresolvedAttempts(of: shift.lane).map(\.orderNumber)
        let manager = manager?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let missing = unresolved.filter { !acknowledging.contains($0) }
        guard missing.isEmpty, unresolved.isEmpty || !manager.isEmpty else {
            throw ShiftError.unresolvedAtClose((missing.isEmpty ? unresolved : missing).map(\.rawValue))
        }
        for order in unresolved {
            try connection.query(
                "INSERT INTO shift_acknowledgements (shift_id, order_number, manager, at) VALUES (?, ?, ?, ?)",
                [.integer(shift.id), .text(order.rawValue), .text(manager), .integer(time.journalMilliseconds)])
        }
        return unresolved.count
    }

    /// Stamps the rows written while no shift was open with the shift that closes now.
    private func adoptOrphans(into shiftID: Int64) throws(JournalError) {
        let tables = [
            "sales", "transitions", "refunds", "refund_transitions", "handled", "tender_payments", "tender_refunds",
            "cash_movements",
        ]
        for table in tables {
            try connection.query("UPDATE \(table) SET shift_id = ? WHERE shift_id IS NULL", [.integer(shiftID)])
        }
    }

    /// What a report says beyond its events, read now: open payments, flags, acknowledgements.
    /// `unresolved`: the count when the caller has just read it (the Z); read here otherwise.
    /// The floats of every lane's open shift in `currency`, added up.
    private func openFloats(currency: Currency) throws(JournalError) -> Money {
        let total = try connection.query(
            "SELECT CAST(COALESCE(SUM(float_minor), 0) AS BIGINT) AS total FROM shifts WHERE closed_at IS NULL AND currency = ?",
            [.text(currency.code)]
        ).first?.integer("total") ?? 0
        return Money(minorUnits: total, currency: currency)
    }

    func reportContext(
        kind: String, number: Int64?, shift: Shift?, currency: Currency, scope: EventScope, unresolved: Int? = nil
    ) throws(JournalError) -> ShiftReportBuilder.Context {
        // From the few flagged attempts to their successes, not from every success of the shift to
        // its attempt: 13 ms instead of 90 over 100,000 sales.
        let flagged = try connection.query(
            """
            SELECT a.order_number FROM attempts a WHERE a.attention IS NOT NULL AND EXISTS (
                SELECT 1 FROM transitions t WHERE t.order_number = a.order_number AND t.to_state = 'succeeded'
                AND \(scope.condition("t")))
            ORDER BY a.order_number
            """, scope.parameters
        ).compactMap { $0.text("order_number") }
        let acknowledged = try connection.query(
            "SELECT order_number, manager FROM shift_acknowledgements WHERE shift_id = ? ORDER BY id", [.integer(shift?.id ?? -1)]
        ).compactMap { row in
            row.text("order_number").flatMap { order in row.text("manager").map { ShiftReport.Acknowledgement(order: order, manager: $0) } }
        }
        var unresolvedCount = unresolved ?? 0
        if unresolved == nil {
            unresolvedCount = try (scope.everyOpenShift ? unresolvedAttempts() : laneUnresolvedAttempts(of: lane)).count
        }
        return ShiftReportBuilder.Context(
            kind: kind, number: number, shift: shift, currency: shift?.float.currency ?? currency,
            unresolved: unresolvedCount, flagged: flagged, acknowledged: acknowledged,
            reconciliation: [kind == "x" ? "an X report does not ask the gateways; the Z compares their lists" : "not compared"])
    }
}

/// One row of `z_reports` as stored.
struct StoredZ {
    let number: Int64
    let shiftID: Int64
    let content: String
    let rows: String
    let hash: String
    let previousHash: String

    init(row: JournalRow) throws(JournalError) {
        guard let number = row.integer("number"), let shiftID = row.integer("shift_id"), let content = row.text("content"),
            let rows = row.text("rows"), let hash = row.text("hash"), let previousHash = row.text("previous_hash")
        else { throw JournalError.corruptRow("Z report \(row.integer("number").map(String.init) ?? "?")") }
        (self.number, self.shiftID, self.content, self.rows, self.hash, self.previousHash) =
            (number, shiftID, content, rows, hash, previousHash)
    }

    /// The stored content read back, with its hashes.
    func report() throws(JournalError) -> ShiftReport {
        guard var report = try? JSONDecoder().decode(ShiftReport.self, from: Data(content.utf8)) else {
            throw JournalError.corruptRow("Z report \(number)'s content is not a report")
        }
        report.hash = hash
        report.previousHash = previousHash
        return report
    }
}
