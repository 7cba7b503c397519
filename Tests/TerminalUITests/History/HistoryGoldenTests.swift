import Foundation
import Testing

@testable import TerminalUI

/// Golden frames of the history screen: the list, one attempt's details, the refund prompt, the
/// handled-note prompt and a handled attempt's details.
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

    @Test(arguments: GoldenFrameTests.sizes)
    func handledNotePrompt(size: TerminalSize) throws {
        var session = HistoryFixtures.session(size: size)
        session.type([.down, .character("h")])
        session.type("Called TakeMe Pay: the buyer never paid")
        try check(session, "history-handle")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func handledDetails(size: TerminalSize) throws {
        var session = HistoryFixtures.session(size: size)
        session.type([.down, .enter])
        session.send(.history(.details(HistoryFixtures.handledDetails)))
        try check(session, "history-handled")
    }

    @Test func theStatusBarShowsOnTheAmountScreenWithoutCuttingHints() {
        var session = Session(size: TerminalSize(columns: 60, rows: 20))
        session.model.history.isAvailable = true
        session.send(.history(.toHandle(3)))
        let lastRow = TillApp.view(session.model).plainText().split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastRow.hasSuffix(" ! 3 to handle — F2"))
        #expect(lastRow.hasPrefix("Enter Charge  Esc Clear  F3 Last"))
        #expect(!lastRow.contains("F10"))  // left out whole rather than cut
    }
}
