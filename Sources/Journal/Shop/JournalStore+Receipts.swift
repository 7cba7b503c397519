import Foundation
import TillCore

extension JournalStore {
    /// Issues the next receipt number for a sale or refund: called inside the transaction that
    /// records the money, so a rollback takes the number back and the numbers have no gap. A second
    /// call for the same sale or refund keeps the first receipt.
    func issueReceipt(
        _ kind: Receipt.Kind, order: MerchantOrderNumber, refundKey: String = "", amount: Money, at time: Date
    ) throws(JournalError) {
        try connection.query(
            """
            INSERT INTO receipts (number, kind, order_number, refund_key, amount_minor, currency, cashier,
                                  shift_id, created_at, lane)
            VALUES ((SELECT COALESCE(MAX(number), 0) + 1 FROM receipts), ?, ?, ?, ?, ?, \(openShiftCashier),
                    \(openShiftID), ?, ?)
            ON CONFLICT DO NOTHING
            """,
            [.text(kind.rawValue), .text(order.rawValue), .text(refundKey), .integer(amount.minorUnits),
             .text(amount.currency.code), .integer(time.journalMilliseconds), JournalValue(lane)])
    }

    /// The receipt with this number, if any.
    public func receipt(number: Int64) throws(JournalError) -> Receipt? {
        try connection.query("SELECT * FROM receipts WHERE number = ?", [.integer(number)]).first.map(Self.receipt(from:))
    }

    /// Every receipt of one order (its sale's, then its refunds'), oldest first.
    public func receipts(of order: MerchantOrderNumber) throws(JournalError) -> [Receipt] {
        try connection.query("SELECT * FROM receipts WHERE order_number = ? ORDER BY number", [.text(order.rawValue)])
            .map(Self.receipt(from:))
    }

    /// The receipts never printed, oldest first: what waits for the printer.
    public func unprintedReceipts() throws(JournalError) -> [Receipt] {
        try connection.query("SELECT * FROM receipts WHERE printed = 0 ORDER BY number").map(Self.receipt(from:))
    }

    /// Counts one printing of receipt `number` that reached the printer whole.
    public func markPrinted(_ number: Int64) throws(JournalError) {
        try connection.query("UPDATE receipts SET printed = printed + 1 WHERE number = ?", [.integer(number)])
    }

    static func receipt(from row: JournalRow) throws(JournalError) -> Receipt {
        guard let number = row.integer("number"), let kind = row.text("kind").flatMap(Receipt.Kind.init(rawValue:)),
            let order = row.text("order_number"), let created = row.integer("created_at")
        else { throw JournalError.corruptRow("receipt \(row.integer("number").map(String.init) ?? "?")") }
        var receipt = Receipt(
            number: number, kind: kind, orderNumber: MerchantOrderNumber(rawValue: order), refundKey: row.text("refund_key") ?? "",
            amount: try money(row, "amount_minor"), cashier: row.text("cashier"), createdAt: Date(journalMilliseconds: created),
            printed: Int(row.integer("printed") ?? 0))
        receipt.lane = row.text("lane")
        return receipt
    }
}
