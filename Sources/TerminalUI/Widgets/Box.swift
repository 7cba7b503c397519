/// The corners of a box: rounded (`╭╮╰╯`) when the theme's corner radius is above zero, square
/// (`┌┐└┘`) otherwise.
public enum BoxCorners: Sendable, Hashable {
    case rounded, square

    var glyphs: (topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character) {
        switch self {
        case .rounded: ("╭", "╮", "╰", "╯")
        case .square: ("┌", "┐", "└", "┘")
        }
    }
}

extension Frame {
    /// Draws a box outline on the edge of `rect`, with an optional title in its top edge, and
    /// fills its inside with `fill` when given. A rect smaller than 2×2 draws nothing.
    public mutating func box(
        _ rect: Rect, corners: BoxCorners, style: CellStyle, fill: CellStyle? = nil, title: String? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        if let fill { self.fill(rect.inset(by: 1), style: fill) }
        let glyphs = corners.glyphs
        let right = rect.right - 1
        let bottom = rect.bottom - 1
        for column in (rect.column + 1)..<right {
            put("─", column: column, row: rect.row, style: style)
            put("─", column: column, row: bottom, style: style)
        }
        for row in (rect.row + 1)..<bottom {
            put("│", column: rect.column, row: row, style: style)
            put("│", column: right, row: row, style: style)
        }
        put(glyphs.topLeft, column: rect.column, row: rect.row, style: style)
        put(glyphs.topRight, column: right, row: rect.row, style: style)
        put(glyphs.bottomLeft, column: rect.column, row: bottom, style: style)
        put(glyphs.bottomRight, column: right, row: bottom, style: style)
        if let title, rect.width > 4 {
            text(" \(title) ", column: rect.column + 2, row: rect.row, width: rect.width - 4, style: style)
        }
    }

    /// Draws a horizontal divider line across `width` columns.
    public mutating func divider(column: Int, row: Int, width: Int, style: CellStyle) {
        for offset in 0..<max(0, width) {
            put("─", column: column + offset, row: row, style: style)
        }
    }
}
