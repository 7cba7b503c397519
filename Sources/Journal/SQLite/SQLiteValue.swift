/// A value bound to or read from SQLite. Money is always `.integer` minor units.
enum SQLiteValue: Equatable {
    case null
    case integer(Int64)
    case text(String)

    init(_ text: String?) { self = text.map(SQLiteValue.text) ?? .null }
}

/// One result row, by column name.
struct SQLiteRow {
    let values: [String: SQLiteValue]

    /// The text in `column`, or nil for NULL.
    func text(_ column: String) -> String? {
        if case .text(let text) = values[column] { return text }
        return nil
    }

    /// The integer in `column`, or nil for NULL.
    func integer(_ column: String) -> Int64? {
        if case .integer(let number) = values[column] { return number }
        return nil
    }
}
