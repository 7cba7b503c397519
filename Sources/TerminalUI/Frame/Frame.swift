import TillStrings

/// The size of a terminal or a frame, in columns and rows.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    public var description: String { "\(columns)×\(rows)" }
}

/// A grid of cells the views draw into. It knows that a wide character takes two columns: its
/// right half is a continuation cell, and overwriting either half clears the other.
public struct Frame: Hashable, Sendable {
    public let size: TerminalSize
    public private(set) var cells: [Cell]
    /// Every text drawn cut (ending in `…`) or left out for want of room, in drawing order: the
    /// test that each language fits its places reads it.
    public private(set) var cutTexts: [String] = []
    /// The key hints the key bar left out (from its end, by design, when the row is full).
    public private(set) var leftOutHints: [String] = []

    /// A frame of `size` filled with blank cells of `style`.
    public init(size: TerminalSize, fill style: CellStyle = .plain) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.columns * size.rows)
    }

    public var columns: Int { size.columns }
    public var rows: Int { size.rows }

    /// The cell at `column`, `row`; nil outside the frame.
    public subscript(column: Int, row: Int) -> Cell? {
        guard contains(column: column, row: row) else { return nil }
        return cells[row * columns + column]
    }

    public func contains(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < columns && row < rows
    }

    /// Fills a rectangle with blank cells of `style`; the part outside the frame is ignored.
    public mutating func fill(_ rect: Rect, style: CellStyle) {
        let clipped = rect.intersection(Rect(column: 0, row: 0, width: columns, height: rows))
        for row in clipped.row..<(clipped.row + clipped.height) {
            for column in clipped.column..<(clipped.column + clipped.width) {
                put(Cell.blank(style), column: column, row: row)
            }
        }
    }

    /// Writes one grapheme at `column`, `row` and returns the columns it took (0 when it was
    /// clipped or has no width). A wide grapheme that would hang over the right edge, or over
    /// `limit` when given, is replaced by a blank.
    @discardableResult
    public mutating func put(
        _ character: Character, column: Int, row: Int, style: CellStyle, limit: Int? = nil
    ) -> Int {
        let width = CharacterWidth.of(character)
        guard width > 0, contains(column: column, row: row) else { return 0 }
        let edge = min(columns, limit ?? columns)
        guard column < edge else { return 0 }
        if width == 2 && column + 1 >= edge {
            put(Cell.blank(style), column: column, row: row)
            return 1
        }
        put(Cell(text: String(character), style: style), column: column, row: row)
        if width == 2 {
            put(Cell(text: "", style: style, isContinuation: true), column: column + 1, row: row)
        }
        return width
    }

    /// Writes `cell` at a position, first clearing whatever wide grapheme it cuts in half.
    public mutating func put(_ cell: Cell, column: Int, row: Int) {
        guard contains(column: column, row: row) else { return }
        let index = row * columns + column
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, column > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if !old.isContinuation, column + 1 < columns, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Records that `text` did not fit where it was drawn.
    mutating func noteCut(_ text: String) {
        cutTexts.append(text)
    }

    /// Records that the key bar left out `hint`: by design, from the end, when the row is full.
    mutating func noteLeftOut(_ hint: KeyHint) {
        leftOutHints.append("\(hint.key) \(hint.action)")
    }

    /// The frame as plain text, one line per row, trailing blanks trimmed: for golden tests.
    public func plainText() -> String {
        var lines: [String] = []
        lines.reserveCapacity(rows)
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let cell = cells[row * columns + column]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var column: Int
    public var row: Int
    public var width: Int
    public var height: Int

    public init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var right: Int { column + width }
    public var bottom: Int { row + height }

    /// The part of this rectangle inside `other`; empty when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(column, other.column)
        let top = max(row, other.row)
        let right = min(self.right, other.right)
        let bottom = min(self.bottom, other.bottom)
        return Rect(column: left, row: top, width: right - left, height: bottom - top)
    }

    /// This rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(column: column + amount, row: row + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// A rectangle of `width` × `height` centred in this one.
    public func centred(width: Int, height: Int) -> Rect {
        Rect(
            column: column + max(0, (self.width - width) / 2), row: row + max(0, (self.height - height) / 2),
            width: min(width, self.width), height: min(height, self.height))
    }
}
