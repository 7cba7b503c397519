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
            guard let explicit = existing.tableValue?.isDefinedExplicitly else {
                throw TOMLError(
                    line: line, key: name, .of(.tomlValueNotTable, ["first": String(existing.line)]), hint: .of(.tomlRemoveOne))
            }
            if explicit {
                throw TOMLError(
                    line: line, .of(.tomlTableTwice, ["table": name, "first": String(existing.line)]), hint: .of(.tomlMergeTables))
            }
            guard var sub = table.takeTable(for: last) else { return }
            sub.isDefinedExplicitly = true
            sub.line = line
            table.restore(sub, for: last)
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
        if let existing = self[first], existing.tableValue == nil {
            throw TOMLError(
                line: line, key: first, .of(.tomlValueNoKeys, ["first": String(existing.line)]), hint: .of(.tomlRemoveOne))
        }
        let isNew = self[first] == nil
        var sub = takeTable(for: first) ?? TOMLTable(line: line, isDefinedExplicitly: false)
        defer {
            if isNew {
                replace(TOMLValue(.table(sub), line: sub.line), for: first)
            } else {
                restore(sub, for: first)
            }
        }
        try sub.descend(path.dropFirst(), line: line, body)
    }
}
