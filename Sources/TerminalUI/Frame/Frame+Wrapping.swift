extension Frame {
    /// Draws `text` wrapped at spaces into lines of at most `width` columns, from `row` down, on at
    /// most `rows` rows (the last one ends in `…` only when even that is not enough). Returns the rows
    /// drawn. A message is wrapped rather than cut, so the cashier reads all of it.
    @discardableResult
    public mutating func wrappedText(
        _ text: String, column: Int, row: Int, width: Int, rows: Int, style: CellStyle = .plain
    ) -> Int {
        guard width > 0, rows > 0 else { return 0 }
        var lines = Frame.wrap(text, width: width)
        if lines.count > rows {
            lines = Array(lines.prefix(rows - 1)) + [lines[(rows - 1)...].joined(separator: " ")]
        }
        for (offset, line) in lines.enumerated() {
            self.text(line, column: column, row: row + offset, width: width, style: style)
        }
        return lines.count
    }

    /// `text` cut into lines of at most `width` columns at spaces; a word longer than a line is
    /// left whole (and cut when drawn).
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, CharacterWidth.of(line) + 1 + CharacterWidth.of(String(word)) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
