/// The block-character font for big prices: 5 rows per glyph, read from the text format of
/// `assets/bigdigits.txt`.
public struct BigDigitFont: Sendable {
    /// Rows per glyph.
    public static let height = 5

    /// Each glyph's rows, all of the same width.
    public let glyphs: [Character: [String]]

    /// Why a font text could not be read.
    public struct FormatError: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "big digit font, line \(line): \(reason)" }
    }

    /// Reads a font from its text: a glyph's character alone on a line, then its rows between
    /// `|` marks. Lines starting with `#` and empty lines are skipped.
    public init(source: String) throws(FormatError) {
        var glyphs: [Character: [String]] = [:]
        var current: Character?
        var rows: [String] = []
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("|") {
                guard current != nil else { throw FormatError(line: number, reason: "a row before any glyph") }
                guard line.count >= 2, line.hasSuffix("|") else {
                    throw FormatError(line: number, reason: "a row must start and end with |")
                }
                let row = String(line.dropFirst().dropLast())
                if let first = rows.first, first.count != row.count {
                    throw FormatError(line: number, reason: "rows of one glyph must have the same width")
                }
                rows.append(row)
                continue
            }
            guard line.count == 1, let character = line.first else {
                throw FormatError(line: number, reason: "expected a glyph's character alone on the line")
            }
            try Self.finish(current, rows, into: &glyphs, line: number)
            current = character
            rows = []
        }
        try Self.finish(current, rows, into: &glyphs, line: source.split(separator: "\n").count)
        self.glyphs = glyphs
    }

    private static func finish(
        _ character: Character?, _ rows: [String], into glyphs: inout [Character: [String]], line: Int
    ) throws(FormatError) {
        guard let character else { return }
        guard rows.count == height else {
            throw FormatError(line: line, reason: "glyph \(character) has \(rows.count) rows, not \(height)")
        }
        glyphs[character] = rows
    }

    /// The font compiled into the program (a copy of assets/bigdigits.txt).
    public static let builtin: BigDigitFont = {
        do {
            return try BigDigitFont(source: builtinSource)
        } catch {
            preconditionFailure("the built-in big digit font is broken: \(error)")
        }
    }()

    /// True when every character of `text` has a glyph (spaces are allowed).
    public func canRender(_ text: String) -> Bool {
        text.allSatisfy { $0 == " " || glyphs[$0] != nil }
    }

    /// The columns `text` takes, with one blank column between glyphs.
    public func width(of text: String) -> Int {
        let widths = text.map { glyphs[$0]?.first?.count ?? 2 }
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    /// The 5 rows of `text` in big digits; characters without a glyph become blanks.
    public func render(_ text: String) -> [String] {
        (0..<Self.height).map { row in
            text.map { character in
                glyphs[character]?[row] ?? "  "
            }.joined(separator: " ")
        }
    }
}

extension Frame {
    /// Draws `text` in big digits with its top-left corner at `column`, `row`.
    public mutating func bigText(_ text: String, column: Int, row: Int, font: BigDigitFont, style: CellStyle) {
        for (offset, line) in font.render(text).enumerated() {
            self.text(line, column: column, row: row + offset, style: style)
        }
    }
}
