/// The symbol under construction: which modules are dark, and which belong to function patterns
/// (finder, separator, timing, alignment patterns and the format and version information, which
/// masking leaves alone). Kept both by rows and by columns, so that the penalty rules read
/// columns as cheaply as rows: modules are drawn in the rows, and the dark columns are rebuilt
/// from them once the drawing is done.
struct SymbolGrid<Line: ModuleLine> {
    let size: Int
    var darkRows: [Line]
    var darkColumns: [Line]
    var functionRows: [Line]
    var functionColumns: [Line]

    init(size: Int) {
        self.size = size
        darkRows = Array(repeating: .zero, count: size)
        darkColumns = darkRows
        functionRows = darkRows
        functionColumns = darkRows
    }

    /// Sets a function module, dark or light, overwriting what was there.
    mutating func setFunctionModule(x: Int, y: Int, dark: Bool) {
        functionRows[y].setBit(x)
        functionColumns[x].setBit(y)
        setModule(x: x, y: y, dark: dark)
    }

    /// Sets the colour of a module in the rows; ``rebuildDarkColumns()`` brings the columns along.
    mutating func setModule(x: Int, y: Int, dark: Bool) {
        if dark {
            darkRows[y].setBit(x)
        } else {
            darkRows[y].clearBit(x)
        }
    }

    /// Makes the dark columns the transpose of the dark rows, one set bit at a time.
    mutating func rebuildDarkColumns() {
        var columns = [Line](repeating: .zero, count: size)
        let wordCount = (size + 63) / 64
        for y in 0..<size {
            let row = darkRows[y]
            for index in 0..<wordCount {
                var bits = row.word(index)
                while bits != 0 {
                    columns[index * 64 + bits.trailingZeroBitCount].setBit(y)
                    bits &= bits &- 1
                }
            }
        }
        darkColumns = columns
    }

    func isFunction(x: Int, y: Int) -> Bool { functionRows[y].bit(x) }

    /// Marks the bits past the symbol's edge as function modules, so that a mask pattern ANDed
    /// with the complement of the function bits can never set a bit outside the symbol.
    mutating func sealEdges() {
        let outside = ~Line.lowBits(size)
        for index in 0..<size {
            functionRows[index] = functionRows[index] | outside
            functionColumns[index] = functionColumns[index] | outside
        }
    }
}
