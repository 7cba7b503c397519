import CSQLite
import Foundation

/// One open SQLite database file: a thin, typed layer over the C API, the journal of one counter.
/// Not thread-safe on its own; `JournalStore` (an actor) owns it.
final class SQLiteConnection: JournalDatabase {
    private var handle: OpaquePointer?
    /// The file this connection has open.
    let path: String
    var location: String { path }

    /// Opens (creating if needed) the database at `path`.
    init(path: String) throws(JournalError) {
        self.path = path
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            handle = nil
            throw JournalError.cannotOpen(path: path, reason: message)
        }
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// How many rows the last INSERT, UPDATE or DELETE changed (0 for an `INSERT OR IGNORE` that
    /// found its row already there).
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs one or more statements that take no parameters and return no rows.
    func execute(_ sql: String) throws(JournalError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw JournalError.database(message)
        }
    }

    /// Runs one statement with `parameters` bound in order; returns every row.
    @discardableResult
    func query(_ sql: String, _ parameters: [JournalValue]) throws(JournalError) -> [JournalRow] {
        var rows: [JournalRow] = []
        var columns: JournalColumns?
        try step(sql, parameters) { statement in
            let names = columns ?? JournalColumns(
                names: (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) })
            columns = names
            rows.append(readRow(statement, names))
        }
        return rows
    }

    /// Runs one statement and hands each row to `body` as a reader of its text columns by index,
    /// building no row values: for the reports' scans of 100,000 rows.
    func forEachRow(_ sql: String, _ parameters: [JournalValue], _ body: (_ text: (Int32) -> String?) -> Void) throws(JournalError) {
        try step(sql, parameters) { statement in
            body { column in sqlite3_column_text(statement, column).map { String(cString: $0) } }
        }
    }

    /// Prepares `sql`, binds `parameters` in order, and calls `row` for each result row.
    private func step(_ sql: String, _ parameters: [JournalValue], _ row: (OpaquePointer?) -> Void) throws(JournalError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw JournalError.database("\(lastError) in: \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        for (index, value) in parameters.enumerated() {
            try bind(value, at: Int32(index + 1), in: statement)
        }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: row(statement)
            case SQLITE_DONE: return
            case SQLITE_CONSTRAINT: throw JournalError.constraint(lastError)
            default: throw JournalError.database(lastError)
            }
        }
    }

    /// `BEGIN IMMEDIATE`: the file's write lock at once, so the transaction is its one writer.
    let beginWriting = ["BEGIN IMMEDIATE"]

    private var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    private func bind(_ value: JournalValue, at index: Int32, in statement: OpaquePointer?) throws(JournalError) {
        let status: Int32
        switch value {
        case .null: status = sqlite3_bind_null(statement, index)
        case .integer(let number): status = sqlite3_bind_int64(statement, index, number)
        case .text(let text): status = sqlite3_bind_text(statement, index, text, -1, sqliteTransient)
        }
        guard status == SQLITE_OK else { throw JournalError.database(lastError) }
    }

    private func readRow(_ statement: OpaquePointer?, _ columns: JournalColumns) -> JournalRow {
        var values: [JournalValue] = []
        values.reserveCapacity(columns.names.count)
        for column in 0..<Int32(columns.names.count) {
            switch sqlite3_column_type(statement, column) {
            case SQLITE_NULL: values.append(.null)
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(statement, column)))
            default: values.append(.text(String(cString: sqlite3_column_text(statement, column))))
            }
        }
        return JournalRow(columns: columns, values: values)
    }
}

/// SQLite copies bound text at once (the Swift string's buffer does not outlive the call).
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
