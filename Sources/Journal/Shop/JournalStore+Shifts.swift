import Foundation
import TillCore

extension JournalStore {
    /// SQL for this lane's open shift (a counter alone is the lane ''): one per lane at most.
    nonisolated var openShiftCondition: String {
        "closed_at IS NULL AND COALESCE(lane, '') = '" + (lane ?? "").replacingOccurrences(of: "'", with: "''") + "'"
    }
    /// SQL for the id of this lane's open shift (NULL when none): what every money row it writes is stamped with.
    nonisolated var openShiftID: String { "(SELECT id FROM shifts WHERE \(openShiftCondition))" }
    /// SQL for that shift's cashier (NULL when none).
    nonisolated var openShiftCashier: String { "(SELECT cashier FROM shifts WHERE \(openShiftCondition))" }
    /// The reason the reconciler gives its refunds of late payments; the reports count them apart.
    public static let lateRefundReason = "paid after the cashier gave up"

    /// Opens a shift of this lane for `cashier` with `float` in the drawer; refused while another of
    /// the lane is open.
    public func openShift(cashier: String, float: Money, at time: Date) throws(ShiftError) -> Shift {
        let name = cashier.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .emptyCashier }
        return try shopTransaction { () throws -> Shift in
            if let open = try currentShiftRow() { throw ShiftError.alreadyOpen(cashier: open.cashier, id: open.id) }
            let id = try connection.insertReturningID(
                "INSERT INTO shifts (cashier, float_minor, currency, opened_at, lane) VALUES (?, ?, ?, ?, ?)",
                [.text(name), .integer(float.minorUnits), .text(float.currency.code), .integer(time.journalMilliseconds),
                 JournalValue(lane)])
            var shift = Shift(id: id, cashier: name, float: float, openedAt: Self.rounded(time))
            shift.lane = lane
            return shift
        }
    }

    /// The open shift, if any.
    public func currentShift() throws(ShiftError) -> Shift? {
        do { return try currentShiftRow() } catch { throw .journal(error) }
    }

    /// Every lane's open shift, oldest first (the store's day).
    public func openShifts() throws(ShiftError) -> [Shift] {
        do {
            return try connection.query("SELECT * FROM shifts WHERE closed_at IS NULL ORDER BY id").map(Self.shift(from:))
        } catch { throw .journal(error) }
    }

    /// The shift with number `id`, if any.
    public func shift(id: Int64) throws(ShiftError) -> Shift? {
        do {
            return try connection.query("SELECT * FROM shifts WHERE id = ?", [.integer(id)]).first.map(Self.shift(from:))
        } catch { throw .journal(error) }
    }

    /// Records cash paid into or out of the drawer, in the open shift.
    public func recordCashMovement(
        _ direction: CashMovement.Direction, amount: Money, reason: String, at time: Date
    ) throws(ShiftError) -> CashMovement {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .emptyReason }
        return try shopTransaction { () throws -> CashMovement in
            guard let shift = try currentShiftRow() else { throw ShiftError.noOpenShift }
            try Self.requireCurrency(amount, of: shift)
            let id = try connection.insertReturningID(
                """
                INSERT INTO cash_movements (direction, amount_minor, currency, reason, cashier, shift_id, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [.text(direction.rawValue), .integer(amount.minorUnits), .text(amount.currency.code), .text(reason),
                 .text(shift.cashier), .integer(shift.id), .integer(time.journalMilliseconds)])
            return CashMovement(
                id: id, direction: direction, amount: amount, reason: reason,
                cashier: shift.cashier, at: Self.rounded(time))
        }
    }

    /// Runs `body` in one write transaction, rolled back when it throws; a `JournalError` from inside
    /// comes out as `.journal`.
    func shopTransaction<T>(_ body: () throws -> T) throws(ShiftError) -> T {
        var refusal: ShiftError?
        do {
            return try connection.transaction { () throws(JournalError) -> T in
                do { return try body() } catch let error as ShiftError {
                    refusal = error
                    throw JournalError.database("refused")  // rolls back; `refusal` is what is thrown
                } catch let error as JournalError { throw error } catch {
                    throw JournalError.database(String(describing: error))
                }
            }
        } catch {
            throw refusal ?? .journal(error)
        }
    }

    func currentShiftRow() throws(JournalError) -> Shift? {
        try connection.query("SELECT * FROM shifts WHERE \(openShiftCondition)").first.map(Self.shift(from:))
    }

    static func requireCurrency(_ amount: Money, of shift: Shift) throws(ShiftError) {
        guard amount.currency == shift.float.currency else {
            throw .wrongCurrency(expected: shift.float.currency.code, got: amount.currency.code)
        }
    }

    /// `time` as the journal stores it (whole milliseconds), so a returned value equals a read one.
    static func rounded(_ time: Date) -> Date { Date(journalMilliseconds: time.journalMilliseconds) }

    static func shift(from row: JournalRow) throws(JournalError) -> Shift {
        guard let id = row.integer("id"), let cashier = row.text("cashier"), let opened = row.integer("opened_at") else {
            throw JournalError.corruptRow("shift without id, cashier or time")
        }
        let float = try money(row, "float_minor")
        var shift = Shift(
            id: id, cashier: cashier, float: float, openedAt: Date(journalMilliseconds: opened),
            closedAt: row.integer("closed_at").map(Date.init(journalMilliseconds:)),
            counted: row.integer("counted_minor").map { Money(minorUnits: $0, currency: float.currency) })
        shift.lane = row.text("lane")
        return shift
    }
}
