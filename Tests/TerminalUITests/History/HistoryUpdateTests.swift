import Testing
import TillCore

@testable import TerminalUI

@Suite struct HistoryUpdateTests {
    private typealias F = HistoryFixtures

    @Test func f2OpensTheHistoryAndAsksForTodayAndTheCount() {
        var session = Session()
        session.model.history.isAvailable = true
        session.type([.function(2)])
        #expect(session.model.screen == .history)
        #expect(session.effects.contains(.history(.loadToday)))
        #expect(session.effects.contains(.history(.countToHandle)))
        #expect(TillApp.view(session.model).plainText().contains("Reading the journal…"))
        session.type([.escape])
        #expect(session.model.screen == .amount)
    }

    @Test func withoutAJournalNothingIsAskedAndTheScreenSaysWhy() {
        var session = Session()
        session.type([.function(2)])
        session.send(.tick(session.time + 60_000))
        #expect(session.effects.isEmpty)
        #expect(session.model.history.message?.text.contains("No journal is open") == true)
    }

    @Test func arrowsAndPagesMoveWithinTheList() {
        var session = F.session(size: TerminalSize(columns: 80, rows: 12))
        #expect(HistoryScreen.visibleRows(in: session.model.size) == 5)
        session.type([.down, .down])
        #expect(session.model.history.selected == 2)
        session.type([.pageDown])
        #expect(session.model.history.selected == 5)
        session.type([.down])
        #expect(session.model.history.selected == 5)
        session.type([.pageUp, .up, .up, .up, .up])
        #expect(session.model.history.selected == 0)
        session.type([.end])
        let text = TillApp.view(session.model).plainText()
        #expect(text.contains("▸  09:30:00"))  // scrolled so the last one shows
        #expect(!text.contains("10:15:00"))
    }

    @Test func aReloadKeepsTheSelectedAttempt() {
        var session = F.session()
        session.type([.down, .down])
        session.send(.history(.loaded(Array(F.entries.dropFirst()))))
        #expect(session.model.history.selectedEntry?.orderNumber == F.entries[2].orderNumber)
    }

    @Test func enterAsksForTheDetailsAndShowsThemWhenTheyCome() {
        var session = F.session()
        session.type([.enter])
        #expect(session.model.history.mode == .details)
        #expect(session.effects == [.history(.details(F.entries[0].orderNumber))])
        session.send(.history(.details(F.details)))
        let text = TillApp.view(session.model).plainText()
        #expect(text.contains("waiting → paid  [SUCCESS]"), "the cashier's words, not the state names")
        #expect(!text.contains("awaitingBuyer"))
        #expect(text.contains("R20261203101500AAAAAA-1"))
        session.type([.escape])
        #expect(session.model.history.mode == .list)
    }

    @Test func detailsOfAnotherAttemptAreNotShownForTheSelectedOne() {
        var session = F.session()
        session.type([.down, .enter])
        session.send(.history(.details(F.details)))
        #expect(session.model.history.details == nil)
    }

    @Test func aFullRefundByDefaultWithConfirmation() {
        var session = F.session()
        session.type([.character("r")])
        #expect(session.model.history.mode == .refundAmount)
        #expect(session.model.history.refundEntry?.text == "1500")
        session.type([.enter])
        #expect(session.model.history.mode == .refundConfirm)
        #expect(session.effects.isEmpty)
        session.type([.enter])
        #expect(session.model.history.mode == .refunding)
        #expect(session.effects == [.history(.refund(F.entries[0].orderNumber, F.yen(1500)))])
        session.type([.escape])  // nothing interrupts a refund with the gateway
        #expect(session.model.history.mode == .refunding)
        let refund = Refund(
            refundNumber: "R20261203101500AAAAAA-1", orderNumber: F.entries[0].orderNumber, amount: F.yen(1500),
            reason: nil, state: .succeeded, createdAt: .init(timeIntervalSince1970: 0))
        session.send(.history(.refunded(refund)))
        #expect(session.model.history.mode == .list)
        #expect(session.model.history.message == .info("Refunded ¥1,500 of order T20261203101500AAAAAA (refund R20261203101500AAAAAA-1)"))
    }

    @Test func aPartialRefundCannotExceedWhatIsLeft() {
        var session = F.session()
        session.type([.character("r"), .backspace, .backspace, .backspace, .backspace])
        session.type("2000")
        #expect(session.model.history.refundEntry?.text == "200")
        #expect(session.model.history.refundEntry?.refused == "0")
        #expect(session.model.history.message == .error("Only ¥1,500 is left to refund of this payment"))
        #expect(session.effects.last == .bell)
        session.type([.backspace, .backspace, .backspace, .backspace, .enter])
        #expect(session.model.history.mode == .refundAmount)
        #expect(session.model.history.message?.text.contains("Type the amount to give back") == true)
        session.type("5.")
        #expect(session.model.history.message?.text == "JPY has no decimals: type a whole amount")
        session.type([.backspace])
        session.effects = []
        session.type([.enter, .escape, .enter, .enter])
        #expect(session.effects == [.history(.refund(F.entries[0].orderNumber, F.yen(5)))])
    }

    @Test func refundsThatCannotBeMadeSayWhyPlainly() {
        var session = F.session()
        session.type([.down, .character("r")])
        #expect(session.model.history.mode == .list)
        #expect(session.model.history.message?.text.contains("is waiting, not paid") == true)
        session.type([.down, .character("r")])
        #expect(session.model.history.message?.text.contains("TakeMe Pay refunds only whole payments") == true)
        session.type([.down, .down, .character("r")])
        #expect(session.model.history.message?.text == "TapIn Pay does not offer refunds: refund order T20261203094000EEEEEE from the TapIn Pay merchant portal")
        #expect(session.effects.filter { $0 == .bell }.count == 3)
    }

    @Test func aGatewayRefusalReturnsToWhereThePromptOpened() {
        var session = F.session()
        session.type([.enter, .character("r"), .enter, .enter])
        session.send(.history(.refundFailed("MOTP refused the refund: FAIL.")))
        #expect(session.model.history.mode == .details)
        #expect(session.model.history.message == .error("MOTP refused the refund: FAIL."))
    }

    @Test func theCountIsAskedForAtStartAndEveryFewSeconds() {
        var session = Session()
        session.model.history.isAvailable = true
        session.send(.tick(1_000))
        #expect(session.effects == [.history(.countToHandle)])
        session.send(.tick(5_999))
        #expect(session.effects.count == 1)
        session.send(.tick(6_000))
        #expect(session.effects.count == 2)
        session.send(.journalChanged)
        #expect(session.effects.count == 3)
        session.send(.history(.toHandle(2)))
        #expect(TillApp.view(session.model).plainText().contains("! 2 to handle — F2"))
    }

    @Test func aJournalChangeReloadsWhatTheHistoryShows() {
        var session = F.session()
        session.type([.enter])
        session.effects = []
        session.send(.journalChanged)
        #expect(session.effects == [
            .history(.countToHandle), .history(.loadToday), .history(.details(F.entries[0].orderNumber)),
        ])
    }

    @Test func attemptsThatNeedAPersonAreMarkedWithTextNotOnlyColour() {
        let text = TillApp.view(F.session().model).plainText()
        #expect(text.contains("▸  10:15:00"))
        #expect(text.contains(" ! 10:09:00"))
        #expect(text.contains(" ! 09:55:00"))
        #expect(text.contains("paid !"))
        #expect(text.contains("! = needs a person (c check, h handled)"))
        #expect(!text.contains("✓"), "nothing is handled yet")
    }
}

/// A sale's details wrap their sentences instead of cutting them.
@Suite struct HistoryDetailsWrappingTests {
    typealias F = HistoryFixtures

    @Test func tapInsNoRefundsSentenceIsReadWholeInANarrowWindow() throws {
        var session = F.session(size: TerminalSize(columns: 44, rows: 20))
        let tapIn = try #require(F.entries.firstIndex { $0.gateway == .tapin })
        for _ in 0..<tapIn { session.type([.down]) }
        session.type([.enter])
        let text = TillApp.view(session.model).plainText()
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).joined(separator: " ")
        #expect(words.contains("TapIn Pay does not offer refunds"), "\(text)")
        #expect(!text.contains("does not offer…"))
    }
}
