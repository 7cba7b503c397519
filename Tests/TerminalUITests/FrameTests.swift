import Testing

@testable import TerminalUI

@Suite struct FrameTests {
    private let red = CellStyle(foreground: .indexed(1))

    @Test func wideCharactersTakeTwoCellsAndPlainTextShowsThemOnce() {
        var frame = Frame(size: TerminalSize(columns: 6, rows: 1))
        let drawn = frame.text("日本a", column: 0, row: 0)
        #expect(drawn == 5)
        #expect(frame[0, 0]?.text == "日")
        #expect(frame[1, 0]?.isContinuation == true)
        #expect(frame[2, 0]?.text == "本")
        #expect(frame[4, 0]?.text == "a")
        #expect(frame.plainText() == "日本a\n")
    }

    @Test func overwritingHalfOfAWideCharacterClearsTheOtherHalf() {
        var frame = Frame(size: TerminalSize(columns: 4, rows: 1))
        frame.text("日本", column: 0, row: 0)
        frame.put("x", column: 1, row: 0, style: .plain)  // right half of 日
        #expect(frame[0, 0]?.text == " ")
        #expect(frame[1, 0]?.text == "x")
        frame.put("y", column: 2, row: 0, style: .plain)  // left half of 本
        #expect(frame[3, 0]?.isContinuation == false)
        #expect(frame.plainText() == " xy\n")
    }

    @Test func aWideCharacterThatWouldHangOverTheEdgeBecomesABlank() {
        var frame = Frame(size: TerminalSize(columns: 3, rows: 1))
        frame.text("a日本", column: 0, row: 0)
        #expect(frame.plainText() == "a…\n")
        var unclipped = Frame(size: TerminalSize(columns: 3, rows: 1))
        unclipped.put("本", column: 2, row: 0, style: .plain)
        #expect(unclipped[2, 0]?.text == " ")
    }

    @Test func textIsClippedWithAnEllipsis() {
        #expect(Frame.fit("Coffee and cake", width: 8) == "Coffee …")
        #expect(Frame.fit("Tea", width: 8) == "Tea")
        #expect(Frame.fit("日本茶です", width: 6) == "日本…")
        #expect(Frame.fit("abc", width: 0) == "")
        var frame = Frame(size: TerminalSize(columns: 10, rows: 1))
        frame.text("Coffee and cake", column: 2, row: 0, width: 6)
        #expect(frame.plainText() == "  Coffe…\n")
    }

    @Test func alignment() {
        var frame = Frame(size: TerminalSize(columns: 10, rows: 2))
        frame.text("ab", column: 0, row: 0, width: 10, alignment: .centre)
        frame.text("ab", column: 0, row: 1, width: 10, alignment: .trailing)
        #expect(frame.plainText() == "    ab\n        ab\n")
    }

    @Test func drawingOutsideTheFrameIsIgnored() {
        var frame = Frame(size: TerminalSize(columns: 3, rows: 2))
        frame.text("abc", column: -1, row: 5)
        frame.put("z", column: 3, row: 0, style: .plain)
        frame.fill(Rect(column: 2, row: 1, width: 5, height: 5), style: red)
        #expect(frame.plainText() == "\n\n")
        #expect(frame[2, 1]?.style == red)
        #expect(frame[1, 1]?.style == .plain)
    }

    @Test func boxesHaveRoundedOrSquareCorners() {
        var rounded = Frame(size: TerminalSize(columns: 6, rows: 3))
        rounded.box(Rect(column: 0, row: 0, width: 6, height: 3), corners: .rounded, style: .plain)
        #expect(rounded.plainText() == "╭────╮\n│    │\n╰────╯\n")
        var square = Frame(size: TerminalSize(columns: 6, rows: 3))
        square.box(Rect(column: 0, row: 0, width: 6, height: 3), corners: .square, style: .plain)
        #expect(square.plainText() == "┌────┐\n│    │\n└────┘\n")
    }

    @Test func buttonAndKeyBar() {
        var frame = Frame(size: TerminalSize(columns: 20, rows: 2))
        frame.button("Pay", in: Rect(column: 0, row: 0, width: 9, height: 1), corners: .rounded, style: red)
        frame.keyBar([KeyHint("F1", "Help"), KeyHint("F10", "Quit"), KeyHint("Esc", "Back")], row: 1, keyStyle: red, actionStyle: .plain)
        #expect(frame.plainText() == "(  Pay  )\nF1 Help  F10 Quit\n")
        #expect(frame[4, 0]?.style == red)
    }

    @Test func diffOfTheSameFrameIsEmptyAndOfANewSizeIsFull() {
        let frame = Frame(size: TerminalSize(columns: 4, rows: 2))
        #expect(FrameDiff.between(frame, frame).runs.isEmpty)
        let first = FrameDiff.between(nil, frame)
        #expect(first.isFullRedraw && first.cellCount == 8)
        let resized = FrameDiff.between(Frame(size: TerminalSize(columns: 5, rows: 2)), frame)
        #expect(resized.isFullRedraw)
    }

    @Test func diffReturnsOnlyChangedRuns() {
        let old = Frame(size: TerminalSize(columns: 10, rows: 3))
        var new = old
        new.text("ab", column: 2, row: 0)
        new.text("x", column: 9, row: 0)
        new.text("z", column: 0, row: 2)
        let diff = FrameDiff.between(old, new)
        #expect(!diff.isFullRedraw)
        #expect(diff.runs.map(\.row) == [0, 0, 2])
        #expect(diff.runs.map(\.column) == [2, 9, 0])
        #expect(diff.runs.map { $0.cells.map(\.text).joined() } == ["ab", "x", "z"])
        #expect(diff.cellCount == 4)
    }

    @Test func diffKeepsWideCharactersWhole() {
        var old = Frame(size: TerminalSize(columns: 6, rows: 1))
        old.text("日本", column: 0, row: 0)
        var new = old
        new.put(Cell(text: "本", style: red), column: 2, row: 0)  // only the style of 本 changes
        new.put(Cell(text: "", style: red, isContinuation: true), column: 3, row: 0)
        let runs = FrameDiff.between(old, new).runs
        #expect(runs.count == 1)
        #expect(runs[0].column == 2)
        #expect(runs[0].cells.count == 2)
        #expect(runs[0].cells[1].isContinuation)
    }

    @Test func applyingADiffToTheOldFrameGivesTheNewOne() {
        var old = Frame(size: TerminalSize(columns: 12, rows: 3))
        old.text("Amount ¥100", column: 0, row: 1)
        var new = old
        new.text("日本 ¥1,200", column: 0, row: 1, style: red)
        new.box(Rect(column: 8, row: 0, width: 4, height: 3), corners: .rounded, style: .plain)
        var replayed = old
        for run in FrameDiff.between(old, new).runs {
            for (offset, cell) in run.cells.enumerated() {
                replayed.put(cell, column: run.column + offset, row: run.row)
            }
        }
        #expect(replayed == new)
    }
}
