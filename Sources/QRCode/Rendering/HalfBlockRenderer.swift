/// Which modules a text renderer draws with the terminal's ink (its foreground colour).
public enum InkPolarity: Sendable, Hashable {
    /// Ink draws the light modules: for light text on a dark background, where blank cells are
    /// dark. Most terminals.
    case lightInk
    /// Ink draws the dark modules: for dark text on a light background, where blank cells are light.
    case darkInk
}

/// Draws a symbol as text with Unicode half blocks: each character cell holds two module rows,
/// the upper half in `▀`, the lower in `▄`, both in `█`, neither in a space.
///
/// The quiet zone (§6.3.8 asks for 4 modules) is drawn around the symbol; it can be narrowed to
/// fit a small screen, never below 1. A symbol with its quiet zone is an odd number of module
/// rows, so the last line's lower half is filled as light.
public struct HalfBlockRenderer: Sendable {
    /// Light modules around the symbol on each side, at least 1.
    public let quietZone: Int
    /// Which modules the ink draws.
    public let polarity: InkPolarity

    /// A renderer with a quiet zone (raised to 1 if smaller) and a polarity.
    public init(quietZone: Int = 4, polarity: InkPolarity = .lightInk) {
        self.quietZone = max(1, quietZone)
        self.polarity = polarity
    }

    /// Character cells the rendering of a symbol of `size` modules takes: columns and lines.
    public static func cellSize(symbolSize: Int, quietZone: Int) -> (columns: Int, rows: Int) {
        let side = symbolSize + 2 * max(1, quietZone)
        return (side, (side + 1) / 2)
    }

    /// The text lines, without line ends.
    public func lines(_ matrix: QRMatrix) -> [String] {
        let side = matrix.size + 2 * quietZone
        let inkOnDark = polarity == .darkInk
        var lines: [String] = []
        lines.reserveCapacity((side + 1) / 2)
        for top in stride(from: 0, to: side, by: 2) {
            var line = String.UnicodeScalarView()
            for column in 0..<side {
                let x = column - quietZone
                let upper = matrix[x, top - quietZone] == inkOnDark
                // Past the last row the lower half is quiet zone, light.
                let lower = top + 1 < side ? matrix[x, top + 1 - quietZone] == inkOnDark : !inkOnDark
                line.append(Self.cell(upper: upper, lower: lower))
            }
            lines.append(String(line))
        }
        return lines
    }

    /// The whole rendering, one line per text row, each ended by a line feed.
    public func render(_ matrix: QRMatrix) -> String {
        lines(matrix).map { $0 + "\n" }.joined()
    }

    /// The character for a cell whose upper and lower halves are inked or not.
    static func cell(upper: Bool, lower: Bool) -> Unicode.Scalar {
        switch (upper, lower) {
        case (true, true): "\u{2588}"  // █
        case (true, false): "\u{2580}"  // ▀
        case (false, true): "\u{2584}"  // ▄
        case (false, false): " "
        }
    }
}
