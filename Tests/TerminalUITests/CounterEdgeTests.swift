import Testing
import TillCore

@testable import TerminalUI

/// The edges of money typed at the counter (issue 12): every end of a sale empties the amount, a
/// refused key changes nothing, a refusal stops Enter and scans, a refund is never cut short.
@Suite struct CounterEdgeTests {
    static let yen = Currency(code: "JPY")!
    static let outcomes: [PaymentResult.Outcome] = [
        .paid, .declined(reason: "Insufficient funds."), .cancelled, .unconfirmed, .notStarted(message: "No gateway."),
    ]

    /// A sale of `amount` started as a QR payment and ended with `outcome`, back on the amount screen.
    static func afterSale(_ outcome: PaymentResult.Outcome, amount: String = "492") -> Session {
        var session = CheckoutFlowTests.session(amount: amount)
        session.type([.enter, .enter])
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(outcome, orderNumber: "O1", time: "t")))))
        #expect(session.model.screen == .result)
        session.type([.enter])
        #expect(session.model.screen == .amount)
        return session
    }

    static func startsAPayment(_ effects: [AppEffect]) -> Bool {
        effects.contains {
            if case .payment(.startQR) = $0 { return true }
            if case .payment(.startQuickPay) = $0 { return true }
            return false
        }
    }

    @Test(arguments: outcomes)
    func everyEndOfASaleEmptiesTheAmount(_ outcome: PaymentResult.Outcome) {
        var session = Self.afterSale(outcome)
        #expect(session.model.amount.isEmpty, "after \(outcome)")
        #expect(session.model.saleDescription.isEmpty)
        session.type("500")
        #expect(session.model.amount.text == "500", "never 492500")
        session.type([.enter])
        #expect(session.model.checkout.amount == Money(minorUnits: 500, currency: Self.yen))
    }

    @Test func aScanAfterTheEndOfASaleNeverChargesTheLastAmount() {
        var session = Self.afterSale(.cancelled)
        session.effects = []
        session.scan("134567890123456789")
        #expect(session.model.screen == .amount)
        #expect(!Self.startsAPayment(session.effects))
        #expect(session.model.message == .error("Code …6789 scanned with no amount: type the amount, then scan again"))
    }

    @Test func f3ShowsTheLastAmountAndChargesNothingUntilEnter() {
        var fresh = Session()
        fresh.type([.function(3)])
        #expect(fresh.model.message == .error("No earlier sale this session: type the amount"))
        #expect(fresh.effects == [.bell])

        var session = Self.afterSale(.declined(reason: "No."))
        session.effects = []
        session.type("77")
        session.type([.function(3)])
        #expect(session.model.amount.text == "492", "the field holds the last amount, replacing what was typed")
        #expect(session.model.screen == .amount, "shown, not charged")
        #expect(!Self.startsAPayment(session.effects))
        #expect(session.model.message == .info("The last sale's amount, ¥492: Enter charges it, Esc clears it"))
        #expect(TillApp.view(session.model).plainText().contains("F3 Last"))
        session.type([.enter, .enter])
        guard case .payment(.startQR(_, let amount, _, _)) = session.effects.last else {
            Issue.record("expected a QR payment, got \(String(describing: session.effects.last))")
            return
        }
        #expect(amount.minorUnits == 492)
    }

    @Test func theCancelledResultPointsToF3() {
        var session = CheckoutFlowTests.session(amount: "492")
        session.type([.enter, .enter])
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.cancelled, orderNumber: "O1", time: "t")))))
        #expect(TillApp.view(session.model).plainText().contains("F3 there puts this amount back"))
    }

    @Test func theHelpListsF3AndCtrlL() {
        var session = Session()
        session.type([.function(1)])
        let help = TillApp.view(session.model).plainText()
        #expect(help.contains("F3"))
        #expect(help.contains("last sale's amount"))
        #expect(help.contains("Ctrl-L"))
    }
}

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

/// "That amount is too large" stops Enter and scans: a refusal is a refusal.
@Suite struct TooLargeTests {
    @Test func aRefusedAmountIsNeitherChargedByEnterNorByAScan() {
        var session = Session(maximum: 1_000_000)
        session.model.checkout.choices = CheckoutFlowTests.choices
        session.type("1500000")
        #expect(session.model.amount.text == "150000")
        #expect(session.model.message == .error("The most one sale can take is ¥1,000,000"))
        session.effects = []
        session.type([.enter])
        #expect(session.model.screen == .amount, "no checkout sheet")
        session.scan("134567890123456789")
        #expect(session.model.screen == .amount, "no QuickPay")
        #expect(!CounterEdgeTests.startsAPayment(session.effects))
        #expect(
            session.model.message
                == .error("Code …6789 ignored: The most one sale can take is ¥1,000,000; correct the amount, then scan again"))
    }

    @Test func thirteenDigitsAreRefusedEvenWithoutALimit() {
        var session = Session(maximum: nil)
        session.type("1234567890123")
        #expect(session.model.amount.text == "123456789012")
        session.type([.enter])
        #expect(session.model.screen == .amount)
        #expect(session.model.message?.text.hasPrefix("Nothing charged: That amount is too large for one sale") == true)
    }
}

/// A refund above what is left is refused, never shortened (`5000` → `500`).
@Suite struct RefundAmountTests {
    private typealias F = HistoryFixtures

    @Test func aRefundAboveWhatIsLeftIsRefusedNotShortened() {
        var session = F.session()
        session.type([.character("r"), .backspace, .backspace, .backspace, .backspace])
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
}
