extension Frame {
    /// Draws a one-row button: its label centred on a filled bar, with bracket ends drawn in the
    /// corner style (`(` `)` for rounded, `[` `]` for square) so the shape survives without colour.
    public mutating func button(
        _ label: String, in rect: Rect, corners: BoxCorners, style: CellStyle
    ) {
        guard rect.width >= 4, rect.height >= 1 else { return }
        let row = rect.row + rect.height / 2
        fill(rect, style: style)
        let (open, close): (Character, Character) = corners == .rounded ? ("(", ")") : ("[", "]")
        put(open, column: rect.column, row: row, style: style)
        put(close, column: rect.right - 1, row: row, style: style)
        text(label, column: rect.column + 1, row: row, width: rect.width - 2, style: style, alignment: .centre)
    }
}
