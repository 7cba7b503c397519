import Testing
import TillCore

@testable import TerminalUI

/// A refund above what is left is refused, never shortened (`5000` → `500`).
@Suite struct RefundAmountTests {
    private typealias F = HistoryFixtures

    @Test func aRefundAboveWhatIsLeftIsRefusedNotShortened() {
        var session = F.session()
        session.type([.character("r")])
        session.type("5000")
        #expect(session.model.history.refundEntry?.text == "500")
        #expect(session.model.history.refundEntry?.refused == "0")
        #expect(session.model.history.message == .error("Only ¥1,500 is left to refund of this payment"))
        session.effects = []
        session.type([.enter])
        #expect(session.model.history.mode == .refundAmount, "never on to confirm ¥500")
        #expect(session.effects == [.bell])
        #expect(
            session.model.history.message
                == .error("Nothing refunded: Only ¥1,500 is left to refund of this payment"))
        let screen = TillApp.view(session.model).plainText()
        #expect(screen.contains("5000_"))
        #expect(screen.contains("Backspace takes back the refused keys."))
        session.type([.backspace])
        #expect(session.model.history.message == nil)
        session.type([.enter, .enter])
        #expect(session.effects.last == .history(.refund(F.entries[0].orderNumber, F.yen(500))))
    }

    /// What is left comes selected: the first digit replaces it, with no Backspace first.
    @Test func theFirstDigitReplacesWhatIsLeft() {
        var session = F.session()
        session.type([.character("r")])
        #expect(session.model.history.refundEntry?.text == "1500")
        #expect(session.model.history.refundEntry?.isSuggestion == true)
        #expect(TillApp.view(session.model).plainText().contains("Enter takes all that is left"))
        session.type("300")
        #expect(session.model.history.refundEntry?.text == "300")
        #expect(session.model.history.refundEntry?.isSuggestion == false)
        session.type([.enter, .enter])
        #expect(session.effects.last == .history(.refund(F.entries[0].orderNumber, F.yen(300))))
    }

    @Test func enterTakesWhatIsLeftAndBackspaceClearsIt() {
        var session = F.session()
        session.type([.character("r"), .enter, .enter])
        #expect(session.effects.last == .history(.refund(F.entries[0].orderNumber, F.yen(1500))))
        var cleared = F.session()
        cleared.type([.character("r"), .backspace])
        #expect(cleared.model.history.refundEntry?.isEmpty == true)
        cleared.type("2")
        #expect(cleared.model.history.refundEntry?.text == "2")
    }

    /// With less than one yen's digit left (¥5), the first key is refused: it still replaces the
    /// suggestion, and Backspace takes back that key only.
    @Test func aRefusedFirstKeyStillReplacesTheSuggestion() {
        var typed = AmountEntry(currency: F.yen(5).currency)
        typed.suggest(F.yen(5))
        typed.refuse("7", because: AmountEntry.Refusal(message: "Only ¥5 is left to refund of this payment"))
        #expect(typed.text == "")
        #expect(typed.refused == "7")
        #expect(!typed.isSuggestion)
        typed.deleteBackward()
        #expect(typed.isEmpty && !typed.hasRefusal)
    }
}
