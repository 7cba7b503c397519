import Foundation
import Testing

@testable import TerminalUI

/// Golden frames of the history screen: the list, one attempt's details, the refund prompt.
@Suite struct HistoryGoldenTests {
    private func check(_ session: Session, _ name: String) throws {
        let size = session.model.size
        try expectMatchesFile(
            TillApp.view(session.model).plainText(),
            at: RepositoryPaths.goldenDirectory.appendingPathComponent("\(name)-\(size.columns)x\(size.rows).txt"))
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func list(size: TerminalSize) throws {
        var session = HistoryFixtures.session(size: size)
        session.type([.down, .down, .down])
        try check(session, "history-list")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func details(size: TerminalSize) throws {
        var session = HistoryFixtures.session(size: size)
        session.type([.enter])
        session.send(.history(.details(HistoryFixtures.details)))
        try check(session, "history-details")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func refundPrompt(size: TerminalSize) throws {
        var session = HistoryFixtures.session(size: size)
        session.type([.character("r"), .backspace])
        try check(session, "history-refund")
    }

    @Test func theStatusBarShowsOnTheAmountScreenWithoutCuttingHints() {
        var session = Session(size: TerminalSize(columns: 60, rows: 20))
        session.model.history.isAvailable = true
        session.send(.history(.unresolved(3)))
        let lastRow = TillApp.view(session.model).plainText().split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastRow.hasSuffix(" ! 3 unresolved — F2"))
        #expect(lastRow.hasPrefix("Enter Charge  Esc Clear  F3 Last"))
        #expect(!lastRow.contains("F10"))  // left out whole rather than cut
    }
}
