/// The eight data mask patterns (ISO/IEC 18004 §7.8.2, Table 10).
///
/// A mask inverts the data modules where its condition holds; i is the row and j the column.
/// Function modules are never masked.
enum DataMask {
    /// Whether mask `pattern` inverts the module in row i, column j (Table 10).
    static func inverts(pattern: Int, row i: Int, column j: Int) -> Bool {
        switch pattern {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i * j) % 3 + (i + j) % 2) % 2 == 0
        }
    }

    /// Every condition repeats every 12 rows and every 6 columns (and the other way round), so a
    /// mask is 12 distinct row patterns. Entry ((pattern × 12 + i mod 12) × 3 + w) holds the
    /// modules 64w...64w + 63 of row i; ``columnTable`` holds the same for column j along i.
    static let rowTable: [UInt64] = makeTable(alongRows: true)
    /// The patterns along columns: entry ((pattern × 12 + j mod 12) × 3 + w) holds rows 64w... of column j.
    static let columnTable: [UInt64] = makeTable(alongRows: false)

    private static func makeTable(alongRows: Bool) -> [UInt64] {
        var table = [UInt64](repeating: 0, count: 8 * 12 * 3)
        for pattern in 0..<8 {
            for line in 0..<12 {
                for word in 0..<3 {
                    var bits: UInt64 = 0
                    for bit in 0..<64 {
                        let along = word * 64 + bit
                        let inverted =
                            alongRows
                            ? inverts(pattern: pattern, row: line, column: along)
                            : inverts(pattern: pattern, row: along, column: line)
                        if inverted { bits |= 1 << UInt64(bit) }
                    }
                    table[(pattern * 12 + line) * 3 + word] = bits
                }
            }
        }
        return table
    }

    /// The 12 line patterns of every mask, for rows or for columns: entry pattern × 12 + phase.
    static func linePatterns<Line: ModuleLine>(alongRows: Bool, as _: Line.Type) -> [Line] {
        let table = alongRows ? rowTable : columnTable
        var lines: [Line] = []
        lines.reserveCapacity(8 * 12)
        for base in stride(from: 0, to: table.count, by: 3) {
            lines.append(Line(words: table[base], table[base + 1], table[base + 2]))
        }
        return lines
    }
}
