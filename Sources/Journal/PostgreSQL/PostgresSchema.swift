/// The journal's tables on PostgreSQL, as numbered migrations of single statements (the driver sends
/// one at a time). Migration 1 is SQLite's migrations 1 to 4 in PostgreSQL's words: the same tables,
/// columns and rules, `bigint` for every integer (money in minor units, Unix milliseconds), `bigserial`
/// for row numbers, and a trigger function that keeps Z reports unchanged. A change to the journal is a
/// new entry here and in `JournalSchema.migrations`, never an edit.
enum PostgresSchema {
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE sales (
                id BIGSERIAL PRIMARY KEY,
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                description TEXT,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE attempts (
                order_number TEXT PRIMARY KEY,
                sale_id BIGINT NOT NULL REFERENCES sales(id),
                gateway TEXT NOT NULL,
                brand TEXT NOT NULL,
                kind TEXT NOT NULL,
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                state TEXT NOT NULL,
                gateway_reference TEXT,
                secondary_reference TEXT,
                attention TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX attempts_by_sale ON attempts(sale_id)",
            "CREATE INDEX attempts_by_state ON attempts(state)",
            """
            CREATE TABLE transitions (
                id BIGSERIAL PRIMARY KEY,
                order_number TEXT NOT NULL REFERENCES attempts(order_number),
                from_state TEXT,
                to_state TEXT NOT NULL,
                at BIGINT NOT NULL,
                raw_code TEXT,
                raw_answer TEXT,
                note TEXT
            )
            """,
            "CREATE INDEX transitions_by_order ON transitions(order_number)",
            """
            CREATE TABLE refunds (
                refund_number TEXT PRIMARY KEY,
                order_number TEXT NOT NULL REFERENCES attempts(order_number),
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                reason TEXT,
                state TEXT NOT NULL,
                gateway_reference TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX refunds_by_order ON refunds(order_number)",
            """
            CREATE TABLE refund_transitions (
                id BIGSERIAL PRIMARY KEY,
                refund_number TEXT NOT NULL REFERENCES refunds(refund_number),
                from_state TEXT,
                to_state TEXT NOT NULL,
                at BIGINT NOT NULL,
                raw_code TEXT,
                raw_answer TEXT
            )
            """,
            """
            CREATE TABLE handled (
                id BIGSERIAL PRIMARY KEY,
                order_number TEXT NOT NULL REFERENCES attempts(order_number),
                note TEXT NOT NULL CHECK (length(trim(note)) > 0),
                handled_by TEXT NOT NULL,
                at BIGINT NOT NULL,
                state TEXT NOT NULL,
                attention TEXT
            )
            """,
            "CREATE INDEX handled_by_order ON handled(order_number)",
            """
            CREATE TABLE shifts (
                id BIGSERIAL PRIMARY KEY,
                cashier TEXT NOT NULL CHECK (length(trim(cashier)) > 0),
                float_minor BIGINT NOT NULL CHECK (float_minor >= 0),
                currency TEXT NOT NULL,
                opened_at BIGINT NOT NULL,
                closed_at BIGINT,
                counted_minor BIGINT CHECK (counted_minor >= 0)
            )
            """,
            "CREATE UNIQUE INDEX shifts_one_open ON shifts((closed_at IS NULL)) WHERE closed_at IS NULL",
            "ALTER TABLE sales ADD COLUMN shift_id BIGINT REFERENCES shifts(id)",
            "ALTER TABLE sales ADD COLUMN cashier TEXT",
            "ALTER TABLE transitions ADD COLUMN shift_id BIGINT REFERENCES shifts(id)",
            "ALTER TABLE refunds ADD COLUMN shift_id BIGINT REFERENCES shifts(id)",
            "ALTER TABLE refunds ADD COLUMN cashier TEXT",
            "ALTER TABLE refund_transitions ADD COLUMN shift_id BIGINT REFERENCES shifts(id)",
            "ALTER TABLE handled ADD COLUMN shift_id BIGINT REFERENCES shifts(id)",
            "CREATE INDEX transitions_by_shift ON transitions(shift_id, to_state)",
            "CREATE INDEX refund_transitions_by_shift ON refund_transitions(shift_id, to_state)",
            """
            CREATE TABLE tender_payments (
                order_number TEXT PRIMARY KEY,
                sale_id BIGINT NOT NULL REFERENCES sales(id),
                tender TEXT NOT NULL CHECK (tender IN ('cash', 'other')),
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                tendered_minor BIGINT CHECK (tendered_minor >= amount_minor),
                reference TEXT,
                cashier TEXT NOT NULL,
                shift_id BIGINT REFERENCES shifts(id),
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX tender_payments_by_shift ON tender_payments(shift_id)",
            """
            CREATE TABLE tender_refunds (
                id BIGSERIAL PRIMARY KEY,
                order_number TEXT NOT NULL REFERENCES tender_payments(order_number),
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                reason TEXT,
                cashier TEXT NOT NULL,
                shift_id BIGINT REFERENCES shifts(id),
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX tender_refunds_by_shift ON tender_refunds(shift_id)",
            """
            CREATE TABLE cash_movements (
                id BIGSERIAL PRIMARY KEY,
                direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                cashier TEXT NOT NULL,
                shift_id BIGINT REFERENCES shifts(id),
                at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE shift_acknowledgements (
                id BIGSERIAL PRIMARY KEY,
                shift_id BIGINT NOT NULL REFERENCES shifts(id),
                order_number TEXT NOT NULL REFERENCES attempts(order_number),
                manager TEXT NOT NULL CHECK (length(trim(manager)) > 0),
                at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE z_reports (
                number BIGINT PRIMARY KEY CHECK (number > 0),
                shift_id BIGINT NOT NULL UNIQUE REFERENCES shifts(id),
                content TEXT NOT NULL,
                rows TEXT NOT NULL,
                hash TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE receipts (
                number BIGINT PRIMARY KEY CHECK (number > 0),
                kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
                order_number TEXT NOT NULL,
                refund_key TEXT NOT NULL DEFAULT '',
                amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                currency TEXT NOT NULL,
                cashier TEXT,
                shift_id BIGINT REFERENCES shifts(id),
                created_at BIGINT NOT NULL,
                printed BIGINT NOT NULL DEFAULT 0 CHECK (printed >= 0),
                UNIQUE (kind, order_number, refund_key)
            )
            """,
            "CREATE INDEX receipts_by_order ON receipts(order_number)",
            """
            CREATE TABLE approvals (
                id BIGSERIAL PRIMARY KEY,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                manager TEXT NOT NULL CHECK (length(trim(manager)) > 0),
                shift_id BIGINT REFERENCES shifts(id),
                at BIGINT NOT NULL
            )
            """,
            """
            CREATE FUNCTION z_reports_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    RAISE EXCEPTION 'a Z report is never changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RAISE EXCEPTION 'a Z report is never deleted' USING ERRCODE = 'integrity_constraint_violation';
            END $$
            """,
            """
            CREATE TRIGGER z_reports_never_changed BEFORE UPDATE OR DELETE ON z_reports
                FOR EACH ROW EXECUTE FUNCTION z_reports_never_change()
            """,
            """
            CREATE TABLE webhook_deliveries (
                id BIGSERIAL PRIMARY KEY,
                gateway TEXT NOT NULL,
                digest TEXT NOT NULL,
                order_number TEXT,
                gateway_reference TEXT,
                gateway_status TEXT,
                received_at BIGINT NOT NULL,
                UNIQUE (gateway, digest)
            )
            """,
        ],
        // 2 (SQLite's 5): lanes: the lane of each sale, receipt and shift; one open shift per lane.
        [
            "ALTER TABLE sales ADD COLUMN lane TEXT",
            "ALTER TABLE receipts ADD COLUMN lane TEXT",
            "ALTER TABLE shifts ADD COLUMN lane TEXT",
            "DROP INDEX shifts_one_open",
            "CREATE UNIQUE INDEX shifts_one_open_per_lane ON shifts(COALESCE(lane, '')) WHERE closed_at IS NULL",
        ],
    ]
}
