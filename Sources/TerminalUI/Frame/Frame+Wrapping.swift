import TillStrings

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

    /// `text` cut into lines of at most `width` columns at spaces, and between wide (Japanese,
    /// Chinese) characters, which are written without spaces; a word longer than a line is left
    /// whole (and cut when drawn).
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            for (index, unit) in breakUnits(word).enumerated() {
                let separator = index == 0 && !line.isEmpty ? " " : ""
                if !line.isEmpty, CharacterWidth.of(line) + CharacterWidth.of(separator + unit) > width {
                    lines.append(line)
                    line = unit
                } else {
                    line += separator + unit
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Punctuation a line must not start with (closing marks), and must not end with (opening ones).
    private static let closingMarks: Set<Character> = ["、", "。", "，", "．", "：", "；", "！", "？", "）", "」", "』", "…", "ー"]
    private static let openingMarks: Set<Character> = ["（", "「", "『"]

    /// The pieces of one word between which a line may break: a run of narrow characters stays
    /// whole; each wide character is a piece, with the closing mark after it or the opening mark
    /// before it.
    private static func breakUnits(_ word: Substring) -> [String] {
        var units: [String] = []
        var joinsNext = false
        for character in word {
            let isWide = CharacterWidth.of(character) == 2
            let previousIsWide = units.last?.last.map { CharacterWidth.of($0) == 2 } ?? true
            if units.isEmpty || joinsNext || closingMarks.contains(character) || (!isWide && !previousIsWide) {
                if units.isEmpty { units.append("") }
                units[units.count - 1].append(character)
            } else {
                units.append(String(character))
            }
            joinsNext = openingMarks.contains(character)
        }
        return units
    }
}
