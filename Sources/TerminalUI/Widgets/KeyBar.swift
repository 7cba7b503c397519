import TillStrings

/// One entry of the bottom key bar: the key and what it does.
public struct KeyHint: Hashable, Sendable {
    public let key: String
    public let action: String

    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

extension Frame {
    /// Draws the key bar on `row`: each key in reverse video followed by its action. Hints that do
    /// not fit are left out rather than cut in half.
    public mutating func keyBar(_ hints: [KeyHint], row: Int, keyStyle: CellStyle, actionStyle: CellStyle) {
        fill(Rect(column: 0, row: row, width: columns, height: 1), style: actionStyle)
        var column = 0
        for (index, hint) in hints.enumerated() {
            let width = CharacterWidth.of(hint.key) + CharacterWidth.of(hint.action) + 3
            guard column + width <= columns else {
                for left in hints[index...] { noteLeftOut(left) }
                break
            }
            column += text(hint.key, column: column, row: row, style: keyStyle)
            column += text(" \(hint.action)  ", column: column, row: row, style: actionStyle)
        }
    }
}
