import Foundation
import TillCore

/// One thing `till report verify` found wrong: which Z, which journal row, what happened.
public struct ReportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The Z report concerned.
    public let number: Int64
    /// The journal row concerned (`transitions/42`), when one is.
    public let row: String?
    public let message: String

    public var description: String { message }
}

extension JournalStore {
    /// Checks every Z report against its hash, the chain of hashes, the numbering and the journal
    /// rows it counted as they are now. Empty when nothing was changed since each Z was made.
    public func verifyReports() throws(ShiftError) -> [ReportProblem] {
        do {
            var problems: [ReportProblem] = []
            var previous: StoredZ?
            for stored in try storedZs() {
                problems += Self.chainProblems(stored, after: previous)
                problems += try rowProblems(stored)
                previous = stored
            }
            return problems
        } catch { throw .journal(error) }
    }

    private static func chainProblems(_ stored: StoredZ, after previous: StoredZ?) -> [ReportProblem] {
        var problems: [ReportProblem] = []
        let n = stored.number
        let expected = (previous?.number ?? 0) + 1
        if n != expected {
            problems.append(ReportProblem(
                number: n, row: nil, message: "Z \(n) follows Z \(expected - 1): Z \(expected)…\(n - 1) is missing (deleted)."))
        }
        if stored.previousHash != (previous?.hash ?? ReportChain.genesis) {
            problems.append(ReportProblem(
                number: n, row: nil,
                message: "Z \(n) does not follow the Z before it: its previous hash differs, so that Z was changed or replaced."))
        }
        if ReportChain.hash(previous: stored.previousHash, content: stored.content, rows: stored.rows) != stored.hash {
            problems.append(ReportProblem(
                number: n, row: nil, message: "Z \(n) was edited: its stored figures or rows no longer match its hash."))
        }
        return problems
    }

    /// Each row Z `stored` counted, compared with the row as it is now; then its figures rebuilt.
    private func rowProblems(_ stored: StoredZ) throws(JournalError) -> [ReportProblem] {
        let n = stored.number
        guard let shift = try connection.query("SELECT * FROM shifts WHERE id = ?", [.integer(stored.shiftID)])
            .first.map(Self.shift(from:))
        else { return [ReportProblem(number: n, row: "shifts/\(stored.shiftID)", message: "Z \(n)'s shift \(stored.shiftID) is gone.")] }
        let scope = EventScope(shiftID: shift.id, orphans: false)
        let was = ReportChain.parseRowList(stored.rows)
        let counted = try countedRows(scope) + [ReportChain.shiftRow(shift)]
        var now: [String: String] = [:], orders: [String: String] = [:]
        now.reserveCapacity(counted.count)
        for row in counted {
            now[row.row] = row.digest
            if let order = row.order { orders[row.row] = order }
        }
        var problems: [ReportProblem] = []
        for row in Set(was.keys).union(now.keys).sorted() where was[row] != now[row] {
            let order = orders[row].map { " (order \($0))" } ?? ""
            let message =
                switch (was[row], now[row]) {
                case (.some, .some): "Row \(row)\(order) was changed after Z \(n) counted it."
                case (.some, .none): "Row \(row), counted in Z \(n), is gone or no longer belongs to its shift."
                default: "Row \(row)\(order) was added to the shift of Z \(n) after it closed."
                }
            problems.append(ReportProblem(number: n, row: row, message: message))
        }
        if problems.isEmpty, let report = try? stored.report(), try rebuilt(report, shift: shift, scope: scope) != report.content {
            problems.append(ReportProblem(number: n, row: nil, message: "Z \(n)'s figures do not add up from the rows it counted."))
        }
        return problems
    }

    /// Z `report` made again from `events`, with what was open and flagged when it was made.
    private func rebuilt(_ report: ShiftReport, shift: Shift, scope: EventScope) throws(JournalError) -> ShiftReport {
        let context = ShiftReportBuilder.Context(
            kind: report.kind, number: report.number, shift: shift,
            currency: Currency(code: report.currency) ?? shift.float.currency, unresolved: report.unresolved,
            flagged: report.flagged, acknowledged: report.acknowledged, reconciliation: report.reconciliation)
        return ShiftReportBuilder.build(try moneyGroups(scope), context)
    }
}
