import Testing
import TillCore

@testable import TerminalUI

/// Outcomes at a glance: the result's headline in green, red or amber, and a paid amount in big
/// digits where the window has room.
@Suite struct OutcomeColourTests {
    static func result(_ outcome: PaymentResult.Outcome, size: TerminalSize = TerminalSize(columns: 80, rows: 24)) -> Frame {
        var session = CheckoutFlowTests.qrOnScreen(size: size)
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(outcome, orderNumber: "O1", time: "t")))))
        return TillApp.view(session.model)
    }

    /// The foreground of the first cell of the line that starts with `prefix`.
    static func colour(of prefix: String, in frame: Frame) -> TerminalColor? {
        let wanted = prefix.map(String.init)
        for row in 0..<frame.rows {
            let texts = (0..<frame.columns).map { frame[$0, row]?.text ?? "" }
            for column in 0...(texts.count - wanted.count) where Array(texts[column..<column + wanted.count]) == wanted {
                return frame[column, row]?.style.foreground
            }
        }
        return nil
    }

    @Test func paidIsGreenDeclinedRedUnconfirmedAmber() {
        #expect(Self.colour(of: "✓ Paid", in: Self.result(.paid)) == .indexed(2))
        #expect(Self.colour(of: "✗ Declined", in: Self.result(.declined(reason: "no funds"))) == .indexed(1))
        #expect(Self.colour(of: "? Unconfirmed", in: Self.result(.unconfirmed)) == .indexed(3))
    }

    @Test func aPaidAmountIsInBigDigitsWhereThereIsRoom() {
        let big = BigDigitFont.builtin.render("¥12,800")
        let roomy = Self.result(.paid).plainText()
        #expect(big.allSatisfy { roomy.contains($0) })
        let small = Self.result(.paid, size: TerminalSize(columns: 60, rows: 20)).plainText()
        #expect(!big.allSatisfy { small.contains($0) }, "no room at 60×20: the summary comes first")
        #expect(small.contains("¥12,800"))
    }

    @Test func besideTheCodeAnAmountThatFitsIsInBigDigitsForTheBuyer() {
        var session = CheckoutFlowTests.session(amount: "980")
        session.type([.enter, .enter])
        session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "O", gateway: .motp, qrPayload: CheckoutFlowTests.payload))))
        let screen = TillApp.view(session.model).plainText()
        #expect(BigDigitFont.builtin.render("¥980").allSatisfy { screen.contains($0) })
        #expect(screen.contains("WeChat Pay"))
    }
}
