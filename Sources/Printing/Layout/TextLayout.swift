/// Fits glyphs to the paper's columns: wraps long text and lays out two-column rows.
///
/// It works on ``Glyph``s, after the codepage has decided how each character prints, so a
/// double-byte character counts the two columns it really takes and a `?` counts one.
enum TextLayout {
    /// Columns of a run of glyphs at normal size.
    static func width(_ glyphs: [Glyph]) -> Int {
        glyphs.reduce(0) { $0 + $1.columns }
    }

    /// Cuts the glyphs into lines of at most `columns` columns, at the last space that fits when there
    /// is one (the space is dropped), otherwise between characters. Never returns no lines.
    static func wrap(_ glyphs: [Glyph], columns: Int) -> [[Glyph]] {
        precondition(columns >= 2, "a line holds at least one double-byte character")
        var lines: [[Glyph]] = []
        var rest = glyphs[...]
        while width(Array(rest)) > columns {
            var used = 0
            var end = rest.startIndex
            while end < rest.endIndex, used + rest[end].columns <= columns {
                used += rest[end].columns
                end += 1
            }
            let lastSpace = rest[rest.startIndex..<end].lastIndex(where: \.isSpace)
            if let lastSpace, lastSpace > rest.startIndex {
                lines.append(Array(rest[rest.startIndex..<lastSpace]))
                rest = rest[(lastSpace + 1)...]
            } else {
                lines.append(Array(rest[rest.startIndex..<end]))
                rest = rest[end...]
            }
        }
        lines.append(Array(rest))
        return lines
    }

    /// A label on the left and a value on the right of `columns` columns, with at least one space
    /// between. A label too long wraps; the value goes on the label's last line when it fits there, on
    /// a line of its own, right aligned, when it does not.
    static func row(label: [Glyph], value: [Glyph], columns: Int) -> [[Glyph]] {
        let valueWidth = width(value)
        guard valueWidth < columns else {
            return wrap(label, columns: columns) + wrap(value, columns: columns)
        }
        var lines = wrap(label, columns: columns)
        let last = lines.removeLast()
        let gap = columns - width(last) - valueWidth
        if gap >= 1 {
            lines.append(last + Array(repeating: .space, count: gap) + value)
        } else {
            lines.append(last)
            lines.append(Array(repeating: .space, count: columns - valueWidth) + value)
        }
        return lines
    }
}
