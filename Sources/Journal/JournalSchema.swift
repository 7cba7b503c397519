/// The journal's tables, as numbered migrations. A migration is never edited once released: a change
/// is a new entry at the end. Money is integer minor units; times are Unix milliseconds (UTC).
enum JournalSchema {
    static let migrations: [String] = [
        """
        CREATE TABLE sales (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            description TEXT,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE attempts (
            order_number TEXT PRIMARY KEY,
            sale_id INTEGER NOT NULL REFERENCES sales(id),
            gateway TEXT NOT NULL,
            brand TEXT NOT NULL,
            kind TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            state TEXT NOT NULL,
            gateway_reference TEXT,
            secondary_reference TEXT,
            attention TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX attempts_by_sale ON attempts(sale_id);
        CREATE INDEX attempts_by_state ON attempts(state);
        CREATE TABLE transitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_number TEXT NOT NULL REFERENCES attempts(order_number),
            from_state TEXT,
            to_state TEXT NOT NULL,
            at INTEGER NOT NULL,
            raw_code TEXT,
            raw_answer TEXT,
            note TEXT
        );
        CREATE INDEX transitions_by_order ON transitions(order_number);
        CREATE TABLE refunds (
            refund_number TEXT PRIMARY KEY,
            order_number TEXT NOT NULL REFERENCES attempts(order_number),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            reason TEXT,
            state TEXT NOT NULL,
            gateway_reference TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX refunds_by_order ON refunds(order_number);
        CREATE TABLE refund_transitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            refund_number TEXT NOT NULL REFERENCES refunds(refund_number),
            from_state TEXT,
            to_state TEXT NOT NULL,
            at INTEGER NOT NULL,
            raw_code TEXT,
            raw_answer TEXT
        );
        """,
        // A person's "handled" marks: who looked at an attempt, when, what they did, and the state and
        // flag they saw (a later change of either needs a person again).
        """
        CREATE TABLE handled (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_number TEXT NOT NULL REFERENCES attempts(order_number),
            note TEXT NOT NULL CHECK (length(trim(note)) > 0),
            handled_by TEXT NOT NULL,
            at INTEGER NOT NULL,
            state TEXT NOT NULL,
            attention TEXT
        );
        CREATE INDEX handled_by_order ON handled(order_number);
        """,
        // The shop's day: shifts, cash and external-terminal sales, paid in and out, receipts numbered
        // without gaps, and the Z reports that close shifts. Every row that moves money carries the shift open when it was written
        // (NULL when none was: the next Z takes it in). Z reports are numbered without gaps, chained by
        // hash, and never updated or deleted by Till.
        """
        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            cashier TEXT NOT NULL CHECK (length(trim(cashier)) > 0),
            float_minor INTEGER NOT NULL CHECK (float_minor >= 0),
            currency TEXT NOT NULL,
            opened_at INTEGER NOT NULL,
            closed_at INTEGER,
            counted_minor INTEGER CHECK (counted_minor >= 0)
        );
        CREATE UNIQUE INDEX shifts_one_open ON shifts((closed_at IS NULL)) WHERE closed_at IS NULL;
        ALTER TABLE sales ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
        ALTER TABLE sales ADD COLUMN cashier TEXT;
        ALTER TABLE transitions ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
        ALTER TABLE refunds ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
        ALTER TABLE refunds ADD COLUMN cashier TEXT;
        ALTER TABLE refund_transitions ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
        ALTER TABLE handled ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
        CREATE INDEX transitions_by_shift ON transitions(shift_id, to_state);
        CREATE INDEX refund_transitions_by_shift ON refund_transitions(shift_id, to_state);
        CREATE TABLE tender_payments (
            order_number TEXT PRIMARY KEY,
            sale_id INTEGER NOT NULL REFERENCES sales(id),
            tender TEXT NOT NULL CHECK (tender IN ('cash', 'other')),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            tendered_minor INTEGER CHECK (tendered_minor >= amount_minor),
            reference TEXT,
            cashier TEXT NOT NULL,
            shift_id INTEGER REFERENCES shifts(id),
            created_at INTEGER NOT NULL
        );
        CREATE INDEX tender_payments_by_shift ON tender_payments(shift_id);
        CREATE TABLE tender_refunds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_number TEXT NOT NULL REFERENCES tender_payments(order_number),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            reason TEXT,
            cashier TEXT NOT NULL,
            shift_id INTEGER REFERENCES shifts(id),
            created_at INTEGER NOT NULL
        );
        CREATE INDEX tender_refunds_by_shift ON tender_refunds(shift_id);
        CREATE TABLE cash_movements (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            cashier TEXT NOT NULL,
            shift_id INTEGER REFERENCES shifts(id),
            at INTEGER NOT NULL
        );
        CREATE TABLE shift_acknowledgements (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            shift_id INTEGER NOT NULL REFERENCES shifts(id),
            order_number TEXT NOT NULL REFERENCES attempts(order_number),
            manager TEXT NOT NULL CHECK (length(trim(manager)) > 0),
            at INTEGER NOT NULL
        );
        CREATE TABLE z_reports (
            number INTEGER PRIMARY KEY CHECK (number > 0),
            shift_id INTEGER NOT NULL UNIQUE REFERENCES shifts(id),
            content TEXT NOT NULL,
            rows TEXT NOT NULL,
            hash TEXT NOT NULL,
            previous_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE receipts (
            number INTEGER PRIMARY KEY CHECK (number > 0),
            kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
            order_number TEXT NOT NULL,
            refund_key TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            cashier TEXT,
            shift_id INTEGER REFERENCES shifts(id),
            created_at INTEGER NOT NULL,
            printed INTEGER NOT NULL DEFAULT 0 CHECK (printed >= 0),
            UNIQUE (kind, order_number, refund_key)
        );
        CREATE INDEX receipts_by_order ON receipts(order_number);
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            manager TEXT NOT NULL CHECK (length(trim(manager)) > 0),
            shift_id INTEGER REFERENCES shifts(id),
            at INTEGER NOT NULL
        );
        CREATE TRIGGER z_reports_never_updated BEFORE UPDATE ON z_reports
            BEGIN SELECT RAISE(ABORT, 'a Z report is never changed'); END;
        CREATE TRIGGER z_reports_never_deleted BEFORE DELETE ON z_reports
            BEGIN SELECT RAISE(ABORT, 'a Z report is never deleted'); END;
        """,
        // 4: the gateways' webhook deliveries the store server accepted, each once (by its body's digest).
        """
        CREATE TABLE webhook_deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            gateway TEXT NOT NULL,
            digest TEXT NOT NULL,
            order_number TEXT,
            gateway_reference TEXT,
            gateway_status TEXT,
            received_at INTEGER NOT NULL,
            UNIQUE (gateway, digest)
        );
        """,
        // 5: lanes (`[lane] id`) in a store of several: the lane that made each sale, issued each
        // receipt and opened each shift; one open shift per lane (a counter alone is the lane '').
        """
        ALTER TABLE sales ADD COLUMN lane TEXT;
        ALTER TABLE receipts ADD COLUMN lane TEXT;
        ALTER TABLE shifts ADD COLUMN lane TEXT;
        DROP INDEX shifts_one_open;
        CREATE UNIQUE INDEX shifts_one_open_per_lane ON shifts(COALESCE(lane, '')) WHERE closed_at IS NULL;
        """,
    ]
}
