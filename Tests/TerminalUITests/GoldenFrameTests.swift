import Foundation
import Testing

@testable import TerminalUI

/// Frames drawn without a terminal, compared with text files under Golden/.
/// TILL_UPDATE_GOLDEN=1 swift test --filter TerminalUITests rewrites them.
@Suite struct GoldenFrameTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 60, rows: 20)]

    private func check(_ session: Session, _ name: String) throws {
        let text = TillApp.view(session.model).plainText()
        let size = session.model.size
        try expectMatchesFile(text, at: RepositoryPaths.goldenDirectory.appendingPathComponent("\(name)-\(size.columns)x\(size.rows).txt"))
    }

    @Test(arguments: sizes)
    func amountScreenWithBigDigits(size: TerminalSize) throws {
        var session = Session(size: size)
        session.type("12800")
        session.type([.tab])
        session.type("Matcha latte")
        try check(session, "amount-big")
    }

    @Test(arguments: sizes)
    func amountScreenWithAnError(size: TerminalSize) throws {
        var session = Session(currency: "USD", maximum: 50_000, size: size, theme: BuiltinThemes.highContrast)
        session.type("12.345")
        try check(session, "amount-error")
    }

    @Test(arguments: sizes)
    func helpScreen(size: TerminalSize) throws {
        var session = Session(size: size)
        session.type([.function(1)])
        try check(session, "help")
    }

    @Test func smallThemeTextSizeGivesOneLinePrice() throws {
        var theme = BuiltinThemes.dark
        theme.values[.commodityPriceTextSize] = .dimension(ThemeDimension(value: 20, unit: .sp))
        var session = Session(size: TerminalSize(columns: 80, rows: 24), theme: theme)
        session.type("980")
        let text = TillApp.view(session.model).plainText()
        #expect(text.contains("¥980"))
        #expect(!text.contains("█"))
        #expect(text.contains("╭"))  // dark inherits the default's 4dp radius
    }

    @Test func tooSmallWindowAsksToEnlargeAndRecovers() throws {
        var session = Session(size: TerminalSize(columns: 30, rows: 10))
        let small = TillApp.view(session.model).plainText()
        #expect(small.contains("Window too small"))
        #expect(small.contains("It is 30×10;"))
        try expectMatchesFile(small, at: RepositoryPaths.goldenDirectory.appendingPathComponent("too-small-30x10.txt"))
        session.send(.resize(TerminalSize(columns: 80, rows: 24)))
        #expect(!TillApp.view(session.model).plainText().contains("Window too small"))
    }

    @Test func bigDigitsFallBackToOneLineWhenTheyDoNotFit() {
        var session = Session(maximum: nil, size: TerminalSize(columns: 44, rows: 24))
        session.type("123456789012")
        let text = TillApp.view(session.model).plainText()
        #expect(text.contains("¥123,456,789,012"))
    }

    @Test func viewIsPureAndStylesComeFromTheTheme() {
        var session = Session()
        session.type("5")
        let frame = TillApp.view(session.model)
        #expect(frame == TillApp.view(session.model))
        let price = session.model.theme.commodityPrice
        let bigDigitCells = frame.cells.filter { $0.text == "█" }
        #expect(!bigDigitCells.isEmpty)
        #expect(bigDigitCells.allSatisfy { $0.style == price })
        #expect(price.background == .indexed(231))
    }
}
