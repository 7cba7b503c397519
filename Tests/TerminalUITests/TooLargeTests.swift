import Testing
import TillCore

@testable import TerminalUI

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
