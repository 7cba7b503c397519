/// A colour as the terminal will show it, after a theme was resolved for the terminal's depth.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background colour.
    case terminalDefault
    /// One of the terminal's palette entries: 0–7 (8 colours), 0–15 (16), 0–255 (256).
    case indexed(UInt8)
    /// A 24-bit colour, for terminals with direct colour.
    case rgb(RGBColor)
}

/// How a cell is drawn: its colours and attributes.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var reverse: Bool

    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        bold: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
    }

    /// The terminal's default colours, no attributes.
    public static let plain = CellStyle()

    /// This style with bold switched on or off.
    public func bold(_ on: Bool = true) -> CellStyle {
        var copy = self
        copy.bold = on
        return copy
    }

    /// This style with reverse video switched on or off.
    public func reversed(_ on: Bool = true) -> CellStyle {
        var copy = self
        copy.reverse = on
        return copy
    }
}

/// One cell of a `Frame`: a grapheme and its style. The right half of a wide grapheme is a
/// continuation cell with no text of its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell (a space when empty); empty for a continuation cell.
    public var text: String
    public var style: CellStyle
    /// True for the right half of a two-column grapheme drawn in the cell to the left.
    public var isContinuation: Bool

    public init(text: String = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in `style`.
    public static func blank(_ style: CellStyle = .plain) -> Cell { Cell(text: " ", style: style) }
}
