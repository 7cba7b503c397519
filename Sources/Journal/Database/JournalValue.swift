/// A value bound to or read from the journal's database, whichever it is. Money is always `.integer`
/// minor units; a PostgreSQL `boolean` or `numeric` is read as an integer too.
enum JournalValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case text(String)

    init(_ text: String?) { self = text.map(JournalValue.text) ?? .null }

    /// The value as SQLite's `sqlite3_column_text` gives it: integers in decimal, NULL as nil.
    var asText: String? {
        switch self {
        case .null: nil
        case .integer(let number): String(number)
        case .text(let text): text
        }
    }
}

/// The column names of one statement's result, shared by all its rows.
final class JournalColumns: Sendable {
    let names: [String]

    init(names: [String]) { self.names = names }
}

/// One result row, by column name. Values sit in column order (a statement's few names are searched
/// in order, cheaper than hashing a name per value when a report reads 100,000 rows).
struct JournalRow {
    let columns: JournalColumns
    let values: [JournalValue]

    /// The value in the last column named `column` (a later `p.*` wins over an alias), nil when none is.
    private func value(_ column: String) -> JournalValue? {
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
