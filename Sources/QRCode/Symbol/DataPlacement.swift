/// Placement of the codewords in the symbol (ISO/IEC 18004 §7.7.3, Figure 15).
///
/// The bits go in two-module-wide columns from the right edge, upwards in the first column pair,
/// downwards in the next, and so on, right module before left module, skipping function modules
/// and the vertical timing pattern's column. Remainder bits past the last codeword stay light.
enum DataPlacement {
    static func place<Line>(_ codewords: [UInt8], into grid: inout SymbolGrid<Line>) {
        let size = grid.size
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        var upward = true
        while right >= 1 {
            if right == 6 { right = 5 }  // the column of the vertical timing pattern is skipped whole
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                let function = grid.functionRows[y]
                var row = grid.darkRows[y]
                var x = right
                while x >= right - 1 {  // right module first, then left
                    if !function.bit(x) && bitIndex < bitCount {
                        if (codewords[bitIndex >> 3] << UInt8(bitIndex & 7)) & 0x80 != 0 { row.setBit(x) }
                        bitIndex += 1
                    }
                    x -= 1
                }
                grid.darkRows[y] = row
            }
            upward.toggle()
            right -= 2
        }
    }
}
