import Foundation
import Testing

@testable import TerminalUI

@Suite struct BigDigitFontTests {
    @Test func theCompiledCopyEqualsTheAssetFile() throws {
        let url = RepositoryPaths.root.appendingPathComponent("assets/bigdigits.txt")
        let asset = try String(contentsOf: url, encoding: .utf8)
        #expect(BigDigitFont.builtinSource + "\n" == asset)
    }

    @Test func theFontHasEveryGlyphAtFiveRows() {
        let font = BigDigitFont.builtin
        for character in "0123456789.,¥$€£" {
            let rows = font.glyphs[character]
            #expect(rows?.count == 5, "\(character)")
            #expect(Set(rows?.map(\.count) ?? []).count == 1, "\(character)")
            #expect(rows?.joined().allSatisfy { " █▀▄".contains($0) } == true, "\(character)")
        }
        #expect(font.canRender("¥1,200"))
        #expect(!font.canRender("KWD 1"))
    }

    @Test func renderingJoinsGlyphsWithABlankColumn() {
        let font = BigDigitFont.builtin
        let rows = font.render("1.")
        #expect(rows.count == 5)
        #expect(rows[4] == "▄▄█▄▄ ██")
        #expect(font.width(of: "1.") == 8)
        #expect(font.width(of: "¥1,200") == 5 + 5 + 2 + 15 + 5)
    }

    @Test func badFontTextIsReportedWithItsLine() {
        #expect(throws: BigDigitFont.FormatError(line: 3, reason: "rows of one glyph must have the same width")) {
            try BigDigitFont(source: "1\n|ab|\n|a|\n")
        }
        #expect(throws: BigDigitFont.FormatError(line: 1, reason: "a row before any glyph")) {
            try BigDigitFont(source: "|ab|\n")
        }
        #expect(throws: BigDigitFont.FormatError(line: 3, reason: "glyph 1 has 1 rows, not 5")) {
            try BigDigitFont(source: "1\n|a|\n2\n")
        }
        #expect(throws: BigDigitFont.FormatError(line: 1, reason: "expected a glyph's character alone on the line")) {
            try BigDigitFont(source: "12\n")
        }
    }
}
