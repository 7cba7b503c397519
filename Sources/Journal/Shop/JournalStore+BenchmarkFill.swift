import Foundation
import TillCore

extension JournalStore {
    /// Fills an empty journal with one open shift of `sales` paid sales in a single transaction, for
    /// `till bench report`: 70 % gateway payments (QR and QuickPay over four gateways), 20 % cash,
    /// 10 % another terminal; every tenth gateway sale partly refunded; a paid-in and a paid-out. The
    /// rows are what the checkout would write, without the gateway calls.
    public func fillForBenchmark(sales: Int, currency: Currency, at time: Date) throws(ShiftError) {
        let millis = time.journalMilliseconds
        try shopTransaction { () throws in
            try connection.query(
                "INSERT INTO shifts (cashier, float_minor, currency, opened_at) VALUES ('bench', 10000, ?, ?)",
                [.text(currency.code), .integer(millis)])
            let numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(sales))"
            try connection.execute(
                """
                \(numbers)
                INSERT INTO sales (id, amount_minor, currency, created_at, shift_id, cashier)
                SELECT i, 100 + i % 5000, '\(currency.code)', \(millis) + i, 1, 'bench' FROM n;
                \(numbers)
                INSERT INTO attempts (order_number, sale_id, gateway, brand, kind, amount_minor, currency, state, created_at, updated_at)
                SELECT printf('T%020d', i), i, CASE i % 4 WHEN 0 THEN 'takemepay' WHEN 1 THEN 'tapin' WHEN 2 THEN 'pomelo' ELSE 'motp' END,
                       CASE i % 3 WHEN 0 THEN 'alipay' ELSE 'wechatpay' END, CASE i % 5 WHEN 0 THEN 'quickpay' ELSE 'qr' END,
                       100 + i % 5000, '\(currency.code)', 'succeeded', \(millis) + i, \(millis) + i
                FROM n WHERE i % 10 < 7;
                INSERT INTO transitions (order_number, from_state, to_state, at, shift_id)
                SELECT order_number, 'awaitingBuyer', 'succeeded', created_at, 1 FROM attempts;
                INSERT INTO refunds (refund_number, order_number, amount_minor, currency, state, created_at, updated_at, shift_id)
                SELECT 'R' || substr(order_number, 2) || '-1', order_number, 50, currency, 'succeeded', created_at, created_at, 1
                FROM attempts WHERE sale_id % 100 < 10;
                INSERT INTO refund_transitions (refund_number, from_state, to_state, at, shift_id)
                SELECT refund_number, 'requested', 'succeeded', created_at, 1 FROM refunds;
                \(numbers)
                INSERT INTO tender_payments (order_number, sale_id, tender, amount_minor, currency, cashier, shift_id, created_at)
                SELECT printf('C%020d', i), i, CASE WHEN i % 10 < 9 THEN 'cash' ELSE 'other' END, 100 + i % 5000,
                       '\(currency.code)', 'bench', 1, \(millis) + i
                FROM n WHERE i % 10 >= 7;
                INSERT INTO cash_movements (direction, amount_minor, currency, reason, cashier, shift_id, at)
                VALUES ('in', 5000, '\(currency.code)', 'change', 'bench', 1, \(millis)),
                       ('out', 700, '\(currency.code)', 'milk', 'bench', 1, \(millis));
                """)
        }
    }
}
