import QRCode

/// The QR code of a payment, drawn into a frame with half blocks: black modules on white with the
/// quiet zone, whatever the theme, so any wallet's camera can read it.
enum QRPanel {
    /// The fit of `payload` in `columns` × `rows` cells, or nil when no readable code fits.
    static func fit(_ payload: String, columns: Int, rows: Int) -> TerminalFit.Choice? {
        guard columns > 0, rows > 0 else { return nil }
        return TerminalFit.fit(text: payload, columns: columns, rows: rows)
    }

    /// Draws a fitted code with its top-left cell at `column`, `row`.
    static func draw(_ choice: TerminalFit.Choice, column: Int, row: Int, depth: ColorDepth, into frame: inout Frame) {
        let (style, polarity) = styling(depth)
        let lines = HalfBlockRenderer(quietZone: choice.quietZone, polarity: polarity).lines(choice.matrix)
        for (offset, line) in lines.enumerated() {
            var x = column
            for character in line {
                frame.put(character, column: x, row: row + offset, style: style)
                x += 1
            }
        }
    }

    /// Black ink on white paper where the terminal has colours. Without colours the terminal's own
    /// (usually light-on-dark) colours are all there is, so the ink draws the light modules.
    static func styling(_ depth: ColorDepth) -> (CellStyle, InkPolarity) {
        switch depth {
        case .none: (.plain, .lightInk)
        case .ansi8: (CellStyle(foreground: .indexed(0), background: .indexed(7)), .darkInk)
        case .ansi16, .palette256: (CellStyle(foreground: .indexed(0), background: .indexed(15)), .darkInk)
        case .truecolor:
            (CellStyle(foreground: .rgb(RGBColor(red: 0, green: 0, blue: 0)), background: .rgb(RGBColor(red: 255, green: 255, blue: 255))), .darkInk)
        }
    }
}
