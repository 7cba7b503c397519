import Foundation
import TillCore

extension JournalStore {
    /// Stores a new refund of a succeeded attempt, numbered `R…-N` after the order, before the gateway
    /// is asked. Refuses a refund of an attempt that is not paid, or one that would give back more than
    /// is left (refunds requested, pending or succeeded all count against what is left).
    public func recordRefund(
        of order: MerchantOrderNumber, amount: Money, reason: String?, at time: Date
    ) throws(JournalError) -> Refund {
        try connection.transaction { () throws(JournalError) -> Refund in
            guard let attempt = try attempt(order) else { throw JournalError.unknownOrder(order.rawValue) }
            guard attempt.state == .succeeded else { throw JournalError.notRefundable(order: order.rawValue, state: attempt.state.rawValue) }
            let left = Money(minorUnits: attempt.amount.minorUnits - (try committedRefunds(order)), currency: attempt.amount.currency)
            guard amount.currency == left.currency, amount.minorUnits > 0, amount.minorUnits <= left.minorUnits else {
                throw JournalError.refundTooLarge(order: order.rawValue, left: left)
            }
            let count = try connection.query("SELECT COUNT(*) AS n FROM refunds WHERE order_number = ?", [.text(order.rawValue)])
                .first?.integer("n") ?? 0
            let refund = Refund(
                refundNumber: order.refundNumber(sequence: Int(count) + 1), orderNumber: order, amount: amount,
                reason: reason, createdAt: time)
            let millis = JournalValue.integer(time.journalMilliseconds)
            try connection.query(
                """
                INSERT INTO refunds (refund_number, order_number, amount_minor, currency, reason, state, created_at, updated_at,
                                     shift_id, cashier)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, \(openShiftID), \(openShiftCashier))
                """,
                [.text(refund.refundNumber), .text(order.rawValue), .integer(amount.minorUnits), .text(amount.currency.code),
                 JournalValue(reason), .text(refund.state.rawValue), millis, millis])
            try connection.query(
                "INSERT INTO refund_transitions (refund_number, from_state, to_state, at, shift_id) VALUES (?, NULL, ?, ?, \(openShiftID))",
                [.text(refund.refundNumber), .text(refund.state.rawValue), millis])
            return refund
        }
    }

    /// Moves a refund to `state`, storing the transition; the same state again changes nothing.
    @discardableResult
    public func moveRefund(
        _ refundNumber: String, to state: RefundState, at time: Date, gatewayReference: String? = nil,
        raw: GatewayRawError? = nil
    ) throws(JournalError) -> Refund {
        try connection.transaction { () throws(JournalError) -> Refund in
            guard var refund = try refund(refundNumber) else { throw JournalError.unknownOrder(refundNumber) }
            let from = refund.state
            if let gatewayReference { refund.gatewayReference = gatewayReference }
            if from != state {
                do { try refund.move(to: state) } catch {
                    throw JournalError.illegalTransition(order: refundNumber, from: from.rawValue, to: state.rawValue)
                }
                try connection.query(
                    """
                    INSERT INTO refund_transitions (refund_number, from_state, to_state, at, raw_code, raw_answer, shift_id)
                    VALUES (?, ?, ?, ?, ?, ?, \(openShiftID))
                    """,
                    [.text(refundNumber), .text(from.rawValue), .text(state.rawValue), .integer(time.journalMilliseconds),
                     JournalValue(raw?.code), JournalValue(raw?.message)])
                if state == .succeeded {
                    try issueReceipt(.refund, order: refund.orderNumber, refundKey: refundNumber, amount: refund.amount, at: time)
                }
            }
            try connection.query(
                "UPDATE refunds SET state = ?, gateway_reference = ?, updated_at = ? WHERE refund_number = ?",
                [.text(refund.state.rawValue), JournalValue(refund.gatewayReference), .integer(time.journalMilliseconds),
                 .text(refundNumber)])
            return refund
        }
    }

    /// The refund with this number, if any.
    public func refund(_ refundNumber: String) throws(JournalError) -> Refund? {
        try connection.query("SELECT * FROM refunds WHERE refund_number = ?", [.text(refundNumber)]).first.map(Self.refund(from:))
    }

    /// Every refund of one attempt, oldest first.
    public func refunds(of order: MerchantOrderNumber) throws(JournalError) -> [Refund] {
        try connection.query("SELECT * FROM refunds WHERE order_number = ? ORDER BY created_at, refund_number", [.text(order.rawValue)])
            .map(Self.refund(from:))
    }

    /// Every refund not yet final, for the reconciler.
    public func unresolvedRefunds() throws(JournalError) -> [Refund] {
        try connection.query("SELECT * FROM refunds WHERE state IN ('requested', 'pending') ORDER BY created_at")
            .map(Self.refund(from:))
    }

    /// Minor units refunded or on their way back (every refund that has not failed).
    private func committedRefunds(_ order: MerchantOrderNumber) throws(JournalError) -> Int64 {
        try connection.query(
            "SELECT COALESCE(SUM(amount_minor), 0) AS total FROM refunds WHERE order_number = ? AND state != 'failed'",
            [.text(order.rawValue)]
        ).first?.integer("total") ?? 0
    }

    static func refund(from row: JournalRow) throws(JournalError) -> Refund {
        guard let number = row.text("refund_number"), let order = row.text("order_number"),
            let state = row.text("state").flatMap(RefundState.init(rawValue:)), let createdAt = row.integer("created_at")
        else { throw JournalError.corruptRow("refund \(row.text("refund_number") ?? "?")") }
        return Refund(
            refundNumber: number, orderNumber: MerchantOrderNumber(rawValue: order), amount: try money(row, "amount_minor"),
            reason: row.text("reason"), state: state, gatewayReference: row.text("gateway_reference"),
            createdAt: Date(journalMilliseconds: createdAt))
    }
}
