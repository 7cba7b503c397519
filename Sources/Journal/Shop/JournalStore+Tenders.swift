import Foundation
import TillCore

extension JournalStore {
    /// Records a sale paid in cash or on an external terminal, with its sale, in the open shift: final
    /// at once. Cash tendered below the amount is refused; `reference` is the external terminal's.
    public func recordTenderPayment(
        _ tender: Tender, order: MerchantOrderNumber, amount: Money, tendered: Money?, reference: String?,
        description: String?, at time: Date
    ) throws(ShiftError) -> TenderPayment {
        precondition(tender == .cash || tender == .other, "gateway tenders are attempts")
        if let tendered, tendered.currency != amount.currency || tendered.minorUnits < amount.minorUnits {
            throw .tenderedTooLittle(amount: amount, tendered: tendered)
        }
        return try shopTransaction { () throws -> TenderPayment in
            guard let shift = try currentShiftRow() else { throw ShiftError.noOpenShift }
            try Self.requireCurrency(amount, of: shift)
            let sale = try createSale(amount: amount, description: description, at: time)
            try connection.query(
                """
                INSERT INTO tender_payments (order_number, sale_id, tender, amount_minor, currency, tendered_minor,
                                             reference, cashier, shift_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [.text(order.rawValue), .integer(sale.id), .text(tender.rawValue), .integer(amount.minorUnits),
                 .text(amount.currency.code), tendered.map { .integer($0.minorUnits) } ?? .null, JournalValue(reference),
                 .text(shift.cashier), .integer(shift.id), .integer(time.journalMilliseconds)])
            try issueReceipt(.sale, order: order, amount: amount, at: time)
            return TenderPayment(
                orderNumber: order, saleID: sale.id, tender: tender, amount: amount, tendered: tendered,
                reference: reference, cashier: shift.cashier, createdAt: Self.rounded(time))
        }
    }

    /// The cash or other-terminal sale with this order number, if any.
    public func tenderPayment(_ order: MerchantOrderNumber) throws(ShiftError) -> TenderPayment? {
        do { return try tenderPaymentRow(order) } catch { throw .journal(error) }
    }

    /// Gives back (part of) a cash or other-terminal sale, the same way it was paid, in the open
    /// shift: `amount`, or all that is left when nil. Refused above what is left of the sale.
    /// Returns what was given back and what is left after it.
    @discardableResult
    public func recordTenderRefund(
        of order: MerchantOrderNumber, amount: Money?, reason: String?, at time: Date
    ) throws(ShiftError) -> (given: Money, left: Money) {
        try shopTransaction { () throws -> (given: Money, left: Money) in
            guard let shift = try currentShiftRow() else { throw ShiftError.noOpenShift }
            guard let payment = try tenderPaymentRow(order) else { throw ShiftError.unknownTenderOrder(order.rawValue) }
            let refunded = try refundedMinorUnits(order)
            let left = Money(minorUnits: payment.amount.minorUnits - refunded, currency: payment.amount.currency)
            let amount = amount ?? left
            guard amount.currency == left.currency, amount.minorUnits > 0, amount.minorUnits <= left.minorUnits else {
                throw ShiftError.refundTooLarge(order: order.rawValue, left: left)
            }
            let refundID = try connection.insertReturningID(
                """
                INSERT INTO tender_refunds (order_number, amount_minor, currency, reason, cashier, shift_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [.text(order.rawValue), .integer(amount.minorUnits), .text(amount.currency.code), JournalValue(reason),
                 .text(shift.cashier), .integer(shift.id), .integer(time.journalMilliseconds)])
            try issueReceipt(.refund, order: order, refundKey: "tender-\(refundID)", amount: amount, at: time)
            return (amount, Money(minorUnits: left.minorUnits - amount.minorUnits, currency: left.currency))
        }
    }

    private func tenderPaymentRow(_ order: MerchantOrderNumber) throws(JournalError) -> TenderPayment? {
        try connection.query("SELECT * FROM tender_payments WHERE order_number = ?", [.text(order.rawValue)])
            .first.map(Self.tenderPayment(from:))
    }

    private func refundedMinorUnits(_ order: MerchantOrderNumber) throws(JournalError) -> Int64 {
        try connection.query(
            "SELECT COALESCE(SUM(amount_minor), 0) AS n FROM tender_refunds WHERE order_number = ?", [.text(order.rawValue)]
        ).first?.integer("n") ?? 0
    }

    static func tenderPayment(from row: JournalRow) throws(JournalError) -> TenderPayment {
        guard let order = row.text("order_number"), let saleID = row.integer("sale_id"),
            let tender = row.text("tender").flatMap(Tender.init(rawValue:)), let cashier = row.text("cashier"),
            let created = row.integer("created_at")
        else { throw JournalError.corruptRow("cash or other sale \(row.text("order_number") ?? "?")") }
        let amount = try money(row, "amount_minor")
        return TenderPayment(
            orderNumber: MerchantOrderNumber(rawValue: order), saleID: saleID, tender: tender, amount: amount,
            tendered: row.integer("tendered_minor").map { Money(minorUnits: $0, currency: amount.currency) },
            reference: row.text("reference"), cashier: cashier, createdAt: Date(journalMilliseconds: created))
    }
}
