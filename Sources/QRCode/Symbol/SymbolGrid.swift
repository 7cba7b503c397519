/// The symbol under construction: which modules are dark, and which belong to function patterns
/// (finder, separator, timing, alignment patterns and the format and version information, which
/// masking leaves alone). Kept both by rows and by columns, so that the penalty rules read
/// columns as cheaply as rows.
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

    /// Sets the colour of a module.
    mutating func setModule(x: Int, y: Int, dark: Bool) {
        if dark {
            darkRows[y].setBit(x)
            darkColumns[x].setBit(y)
        } else {
            darkRows[y].clearBit(x)
            darkColumns[x].clearBit(y)
        }
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
