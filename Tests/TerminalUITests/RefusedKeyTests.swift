import Testing
import TillCore

@testable import TerminalUI

/// A refused key changes nothing, nor any key after it, until Backspace or Esc: for currencies
/// with 0, 2 and 3 decimals.
@Suite struct RefusedKeyTests {
    @Test(arguments: [
        ("JPY", "12.50", "12", ".50", "JPY has no decimals: type a whole amount"),
        ("USD", "12.505", "12.50", "5", "USD has 2 decimals: no more digits after the point"),
        ("KWD", "1.23456", "1.234", "56", "KWD has 3 decimals: no more digits after the point"),
        ("USD", "1.2.5", "1.2", ".5", "The amount already has a decimal point"),
    ])
    func digitsAfterARefusedKeyAreRefusedToo(currency: String, typed: String, kept: String, refused: String, message: String) {
        var session = Session(currency: currency, maximum: nil)
        session.model.checkout.choices = CheckoutFlowTests.choices
        session.type(typed)
        #expect(session.model.amount.text == kept)
        #expect(session.model.amount.refused == refused)
        #expect(session.model.message == .error(message))
        session.type([.enter])
        #expect(session.model.screen == .amount, "Enter is refused while refused keys are pending")
        #expect(session.model.message == .error("Nothing charged: \(message)"))
        #expect(TillApp.view(session.model).plainText().contains("Backspace takes back the refused keys."))
        #expect(session.effects.last == .bell)
        // The message stays while any refused key is left, and goes with the last one.
        for _ in refused.dropLast() { session.type([.backspace]) }
        #expect(TillApp.view(session.model).plainText().contains(message))
        session.type([.backspace])
        #expect(session.model.amount.refusal == nil)
        #expect(!TillApp.view(session.model).plainText().contains(message))
        #expect(session.model.amount.text == kept, "Backspace took back only the refused keys")
        session.type([.enter])
        #expect(session.model.screen == .sheet)
        let expected = try? Money.parse(decimalText: kept, currency: Currency(code: currency)!)
        #expect(session.model.checkout.amount == expected)
    }

    @Test func escapeClearsTheRefusalAndTheField() {
        var session = Session()
        session.type("12.50")
        session.type([.escape])
        #expect(session.model.amount.isEmpty)
        #expect(session.model.amount.refusal == nil)
        session.type("9")
        #expect(session.model.amount.text == "9")
    }

    @Test func theRefusedKeysShowMarkedInTheField() {
        var session = Session()
        session.type("12.50")
        let frame = TillApp.view(session.model)
        let text = frame.plainText()
        #expect(text.contains("12.50_"))
        #expect(text.contains("Backspace takes back the refused keys"))
        let theme = session.model.theme
        let marked = frame.cells.filter { $0.style == theme.error.reversed() }.map(\.text).joined()
        #expect(marked == ".50")
    }

    @Test func theEntryAloneRefusesEveryKeyAfterARefusal() throws {
        var yen = AmountEntry(currency: Currency(code: "JPY")!)
        for character in "12" { try yen.type(character) }
        #expect(throws: AmountEntry.Refusal(message: "JPY has no decimals: type a whole amount")) { try yen.type(".") }
        #expect(throws: AmountEntry.Refusal(message: "JPY has no decimals: type a whole amount")) { try yen.type("5") }
        #expect(yen.text == "12")
        #expect(yen.minorUnits == 12)
        #expect(yen.refused == ".5")
        yen.deleteBackward()
        #expect(yen.hasRefusal)
        yen.deleteBackward()
        #expect(!yen.hasRefusal)
        try yen.type("5")
        #expect(yen.text == "125")
    }

    @Test func aStuckKeyKeepsAtMostSixteenRefusedKeys() {
        var yen = AmountEntry(currency: Currency(code: "JPY")!)
        for _ in 0..<40 { try? yen.type(".") }
        #expect(yen.refused.count == AmountEntry.maximumRefusedKeys)
    }
}
