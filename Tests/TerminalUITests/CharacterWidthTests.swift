import TillStrings
import Testing

@testable import TerminalUI

@Suite struct CharacterWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("€", 1), ("¥", 1), ("█", 1), ("╭", 1),
        ("日", 2), ("本", 2), ("가", 2), ("ア", 2), ("￥", 2), ("Ａ", 2), ("😀", 2), ("🇯🇵", 2),
    ] as [(Character, Int)])
    func widthOfCharacters(character: Character, width: Int) {
        #expect(CharacterWidth.of(character) == width)
    }

    @Test func combiningMarksTakeNoColumnOfTheirOwn() {
        let decomposed = "e\u{0301}"  // e + combining acute: one grapheme, one column
        #expect(decomposed.count == 1)
        #expect(CharacterWidth.of(decomposed) == 1)
        #expect(CharacterWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(CharacterWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(CharacterWidth.of(Unicode.Scalar(0x3099)!) == 0)
    }

    @Test func controlCharactersTakeNothing() {
        #expect(CharacterWidth.of(Unicode.Scalar(0x07)!) == 0)
        #expect(CharacterWidth.of(Unicode.Scalar(0x9B)!) == 0)
    }

    @Test func emojiPresentationSelectorMakesTextSymbolsWide() {
        #expect(CharacterWidth.of(Character("\u{263A}")) == 1)
        #expect(CharacterWidth.of(Character("\u{263A}\u{FE0F}")) == 2)
    }

    @Test func widthOfStrings() {
        #expect(CharacterWidth.of("Till") == 4)
        #expect(CharacterWidth.of("日本茶 ¥500") == 11)
        #expect(CharacterWidth.of("") == 0)
    }

    @Test func rangeEdges() {
        #expect(CharacterWidth.of(Unicode.Scalar(0x10FF)!) == 1)
        #expect(CharacterWidth.of(Unicode.Scalar(0x1100)!) == 2)
        #expect(CharacterWidth.of(Unicode.Scalar(0x115F)!) == 2)
        #expect(CharacterWidth.of(Unicode.Scalar(0x1160)!) == 1)
        #expect(CharacterWidth.of(Unicode.Scalar(0x9FFF)!) == 2)
        #expect(CharacterWidth.of(Unicode.Scalar(0xFF60)!) == 2)
        #expect(CharacterWidth.of(Unicode.Scalar(0xFF61)!) == 1)  // halfwidth ideographic full stop
    }
}
