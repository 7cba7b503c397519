/// Masking a symbol and choosing its mask (ISO/IEC 18004 §7.8).
///
/// Each candidate mask is applied to packed rows and columns at once, the format information for
/// that mask is written in, and the penalty score decides: the lowest score wins, the lower mask
/// number on a tie (§7.8.3).
struct MaskSelection<Line: ModuleLine> {
    let grid: SymbolGrid<Line>
    let level: ErrorCorrectionLevel
    private let formatPositions: [(first: (x: Int, y: Int), second: (x: Int, y: Int))]
    /// The 12 row patterns of each mask, mask by mask (``DataMask/rowTable`` as lines).
    private let rowPatterns: [Line]
    /// The 12 column patterns of each mask, mask by mask.
    private let columnPatterns: [Line]

    init(grid: SymbolGrid<Line>, level: ErrorCorrectionLevel) {
        self.grid = grid
        self.level = level
        formatPositions = FormatInformation.positions(size: grid.size)
        rowPatterns = DataMask.linePatterns(alongRows: true, as: Line.self)
        columnPatterns = DataMask.linePatterns(alongRows: false, as: Line.self)
    }

    /// The mask with the lowest penalty score.
    func bestMask() -> Int {
        let scorer = PenaltyScore<Line>(size: grid.size)
        var rows = grid.darkRows
        var columns = grid.darkColumns
        var best = 0
        var bestScore = Int.max
        for pattern in 0..<8 {
            apply(pattern, rows: &rows, columns: &columns)
            let score = scorer.score(rows: rows, columns: columns, limit: bestScore)
            if score < bestScore {
                best = pattern
                bestScore = score
            }
        }
        return best
    }

    /// The rows of the symbol with a mask applied and its format information written.
    func maskedRows(_ pattern: Int) -> [Line] {
        var rows = grid.darkRows
        var columns = grid.darkColumns
        apply(pattern, rows: &rows, columns: &columns)
        return rows
    }

    /// Writes the unmasked symbol with mask `pattern` applied into `rows` and `columns`.
    private func apply(_ pattern: Int, rows: inout [Line], columns: inout [Line]) {
        let size = grid.size
        for index in 0..<size {
            let phase = pattern * 12 + index % 12
            rows[index] = grid.darkRows[index] ^ (rowPatterns[phase] & ~grid.functionRows[index])
            columns[index] = grid.darkColumns[index] ^ (columnPatterns[phase] & ~grid.functionColumns[index])
        }
        let format = FormatInformation.bits(level: level, maskPattern: pattern)
        for (bit, position) in formatPositions.enumerated() where (format >> bit) & 1 != 0 {
            rows[position.first.y].setBit(position.first.x)
            columns[position.first.x].setBit(position.first.y)
            rows[position.second.y].setBit(position.second.x)
            columns[position.second.x].setBit(position.second.y)
        }
    }
}
