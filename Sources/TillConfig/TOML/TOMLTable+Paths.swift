/// Building nested tables from `[a.b]` headers and dotted keys, with TOML's rules: a table is defined
/// once, a key is set once, and a value is never turned into a table.
extension TOMLTable {
    mutating func defineTable(at path: [String], line: Int) throws(TOMLError) {
        let name = path.joined(separator: ".")
        guard let last = path.last else { return }
        try descend(path.dropLast(), line: line) { (table: inout TOMLTable) throws(TOMLError) in
            guard let existing = table[last] else {
                try table.insert(TOMLValue(.table(TOMLTable(line: line)), line: line), for: last)
                return
            }
            guard var sub = existing.tableValue else {
                throw TOMLError(
                    line: line, key: name, message: "already has a value on line \(existing.line), so it cannot be a table",
                    hint: "remove one of the two")
            }
            if sub.isDefinedExplicitly {
                throw TOMLError(
                    line: line, message: "table [\(name)] is defined twice (first on line \(sub.line))",
                    hint: "merge the two tables into one")
            }
            sub.isDefinedExplicitly = true
            sub.line = line
            table.replace(TOMLValue(.table(sub), line: line), for: last)
        }
    }

    mutating func insert(_ value: TOMLValue, at tablePath: [String], dottedKey: [String]) throws(TOMLError) {
        guard let last = dottedKey.last else { return }
        do {
            try descend((tablePath + dottedKey.dropLast())[...], line: value.line) {
                (table: inout TOMLTable) throws(TOMLError) in
                try table.insert(value, for: last)
            }
        } catch {
            var named = error
            named.key = (tablePath + dottedKey).joined(separator: ".")
            throw named
        }
    }

    private mutating func descend(
        _ path: ArraySlice<String>, line: Int, _ body: (inout TOMLTable) throws(TOMLError) -> Void
    ) throws(TOMLError) {
        guard let first = path.first else {
            try body(&self)
            return
        }
        var sub: TOMLTable
        if let existing = self[first] {
            guard let table = existing.tableValue else {
                throw TOMLError(
                    line: line, key: first, message: "already has a value on line \(existing.line), so it cannot hold keys",
                    hint: "remove one of the two")
            }
            sub = table
        } else {
            sub = TOMLTable(line: line, isDefinedExplicitly: false)
        }
        try sub.descend(path.dropFirst(), line: line, body)
        replace(TOMLValue(.table(sub), line: sub.line), for: first)
    }
}
