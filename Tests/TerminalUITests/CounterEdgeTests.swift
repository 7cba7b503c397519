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
