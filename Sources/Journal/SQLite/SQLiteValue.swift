import CSQLite
/// A value bound to or read from SQLite. Money is always `.integer` minor units.
enum SQLiteValue: Equatable {
    case null
    case integer(Int64)
    case text(String)

    init(_ text: String?) { self = text.map(SQLiteValue.text) ?? .null }
}

/// The column names of one statement's result, shared by all its rows.
final class SQLiteColumns: Sendable {
    let names: [String]

    init(_ statement: OpaquePointer?) {
        names = (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) }
    }
}

/// One result row, by column name. Values sit in column order (a statement's few names are searched
/// in order, cheaper than hashing a name per value when a report reads 100,000 rows).
struct SQLiteRow {
    let columns: SQLiteColumns
    let values: [SQLiteValue]

    /// The value in the last column named `column` (a later `p.*` wins over an alias), nil when none is.
    private func value(_ column: String) -> SQLiteValue? {
        columns.names.lastIndex(of: column).map { values[$0] }
    }

    /// The text in `column`, or nil for NULL.
    func text(_ column: String) -> String? {
        if case .text(let text) = value(column) { return text }
        return nil
    }

    /// The integer in `column`, or nil for NULL.
    func integer(_ column: String) -> Int64? {
        if case .integer(let number) = value(column) { return number }
        return nil
    }
}
