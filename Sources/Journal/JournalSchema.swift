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
    ]
}
