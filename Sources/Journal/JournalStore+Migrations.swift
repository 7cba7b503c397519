/// Bringing a journal to this Till's schema, on either database. Every pending migration runs in one
/// transaction, as the journal's one writer: two processes opening a new journal at once both see the
/// old version, and the second to write finds the migrations done and must not run them again.
extension JournalStore {
    /// The schema version of this journal and the newest this Till knows, as `till journal migrate` says.
    public func schemaVersions() throws(JournalError) -> (found: Int, newest: Int) {
        (try Self.version(of: connection), Self.newest(for: connection))
    }

    /// The number of SQLite's migrations, what a journal file written by this Till has as `user_version`.
    static var schemaVersion: Int { JournalSchema.migrations.count }

    /// Brings the journal at `location` to this Till's schema, as `till journal migrate` does (opening
    /// a journal does it too): the version found and the version now.
    public static func migrate(_ location: JournalLocation) throws(JournalError) -> (from: Int, to: Int) {
        let connection = try connect(location)
        let found = try version(of: connection)
        try migrate(connection)
        return (found, try version(of: connection))
    }

    static func migrate(_ connection: any JournalDatabase) throws(JournalError) {
        let newest = newest(for: connection)
        let found = try version(of: connection)
        guard found <= newest else { throw JournalError.newerSchema(found: found, supported: newest) }
        guard found < newest else { return }
        try connection.transaction { () throws(JournalError) in
            let current = try version(of: connection)
            guard current < newest else { return }
            if connection is SQLiteConnection {
                for migration in JournalSchema.migrations[current...] { try connection.execute(migration) }
                try connection.execute("PRAGMA user_version = \(newest)")
            } else {
                try connection.execute("CREATE TABLE IF NOT EXISTS journal_schema (version BIGINT NOT NULL)")
                for migration in PostgresSchema.migrations[current...] {
                    for statement in migration { try connection.execute(statement) }
                }
                try connection.execute("DELETE FROM journal_schema")
                try connection.query("INSERT INTO journal_schema (version) VALUES (?)", [.integer(Int64(newest))])
            }
        }
    }

    /// How many migrations this Till has for `connection`'s database.
    static func newest(for connection: any JournalDatabase) -> Int {
        connection is SQLiteConnection ? JournalSchema.migrations.count : PostgresSchema.migrations.count
    }

    /// The version stored in the journal: SQLite's `user_version`, or the one row of `journal_schema`
    /// on PostgreSQL (0 before the first migration made that table).
    static func version(of connection: any JournalDatabase) throws(JournalError) -> Int {
        if connection is SQLiteConnection {
            return Int(try connection.query("PRAGMA user_version").first?.integer("user_version") ?? 0)
        }
        // Read from pg_class under the statement's snapshot, not through `to_regclass`: that looks in
        // the session's catalog cache, which taking an advisory lock does not refresh, so a process
        // that waited on another's migrations would not see their tables and would make them again.
        let present = try connection.query(
            """
            SELECT COUNT(*) AS present FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname = 'journal_schema' AND n.nspname = current_schema()
            """)
        guard present.first?.integer("present") == 1 else { return 0 }
        return Int(try connection.query("SELECT version FROM journal_schema").first?.integer("version") ?? 0)
    }
}
