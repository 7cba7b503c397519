import TillStrings

/// Where a text goes within the width it is given.
public enum TextAlignment: Sendable {
    case leading, centre, trailing
}

extension Frame {
    /// Draws `text` from `column` on `row`, clipped to `width` columns (to the frame's edge when
    /// nil). A text too long for its width ends with `…`. Returns the columns drawn.
    @discardableResult
    public mutating func text(
        _ text: String, column: Int, row: Int, width: Int? = nil, style: CellStyle = .plain,
        alignment: TextAlignment = .leading
    ) -> Int {
        let available = width ?? (columns - column)
        guard available > 0 else { return 0 }
        let fitted = Frame.fit(text, width: available)
        if fitted != text { noteCut(text) }
        let fittedWidth = CharacterWidth.of(fitted)
        let start: Int
        switch alignment {
        case .leading: start = column
        case .centre: start = column + (available - fittedWidth) / 2
        case .trailing: start = column + available - fittedWidth
        }
        var position = start
        for character in fitted {
            position += put(character, column: position, row: row, style: style, limit: column + available)
        }
        return position - start
    }

    /// `text` cut to at most `width` columns, ending in `…` when anything was cut.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if CharacterWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = CharacterWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
