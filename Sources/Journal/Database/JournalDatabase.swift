/// What the journal needs of a database: SQLite for one counter, PostgreSQL for a store. The journal's
/// SQL is written once, in the part both speak (`?` parameters, `RETURNING`, `ON CONFLICT DO NOTHING`,
/// `CAST`, `COALESCE`); a connection turns it into its own where they differ (PostgreSQL's `$1`).
/// Not thread-safe on its own: `JournalStore` (an actor) owns one.
protocol JournalDatabase: AnyObject {
    /// Where the journal is, for messages: a file's path, or a PostgreSQL address without its password.
    var location: String { get }

    /// Runs statements that take no parameters and return no rows.
    func execute(_ sql: String) throws(JournalError)

    /// Runs one statement with `parameters` bound in order; returns every row.
    @discardableResult
    func query(_ sql: String, _ parameters: [JournalValue]) throws(JournalError) -> [JournalRow]

    /// Runs one statement and hands each row to `body` as a reader of its columns' text by index:
    /// for the reports' scans of 100,000 rows.
    func forEachRow(_ sql: String, _ parameters: [JournalValue], _ body: (_ text: (Int32) -> String?) -> Void)
        throws(JournalError)

    /// How many rows the last INSERT, UPDATE or DELETE changed (0 for an insert that found its row there).
    var changes: Int { get }

    /// What starts a write transaction that makes this connection the journal's only writer while it
    /// runs (so a receipt number read and written in it is the store's next one).
    var beginWriting: [String] { get }
}

extension JournalDatabase {
    @discardableResult
    func query(_ sql: String) throws(JournalError) -> [JournalRow] { try query(sql, []) }

    /// Runs `body` inside one write transaction (`beginWriting`): committed when it returns, rolled
    /// back when it throws.
    func transaction<T>(_ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        try execute(beginWriting[0])
        do {
            for statement in beginWriting.dropFirst() { try execute(statement) }
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs an `INSERT` and returns the `id` the database gave the new row.
    func insertReturningID(_ sql: String, _ parameters: [JournalValue]) throws(JournalError) -> Int64 {
        guard let id = try query(sql + " RETURNING id", parameters).first?.integer("id") else {
            throw JournalError.database("no id returned by: \(sql)")
        }
        return id
    }
}
