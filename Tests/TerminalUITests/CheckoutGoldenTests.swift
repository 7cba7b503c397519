import Foundation
import Testing

@testable import TerminalUI

/// Golden frames of the payment screens at 80×24, 100×30 and 60×20 (TILL_UPDATE_GOLDEN=1 rewrites).
@Suite struct CheckoutGoldenTests {
    private func check(_ session: Session, _ name: String) throws {
        let text = TillApp.view(session.model).plainText()
        let size = session.model.size
        try expectMatchesFile(text, at: RepositoryPaths.goldenDirectory.appendingPathComponent("\(name)-\(size.columns)x\(size.rows).txt"))
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func checkoutSheet(size: TerminalSize) throws {
        var session = CheckoutFlowTests.session(size: size)
        session.type([.tab])
        session.type("Matcha latte")
        session.type([.enter, .down])
        try check(session, "sheet")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func qrPayment(size: TerminalSize) throws {
        var session = CheckoutFlowTests.qrOnScreen(size: size)
        session.send(.tick(session.time + 4_200))
        try check(session, "qr")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func quickPayUserPaying(size: TerminalSize) throws {
        var session = CheckoutFlowTests.session(amount: "980", size: size)
        session.scan("134567890123456789")
        session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "20261203095500WXYZ", gateway: .takemepay, qrPayload: nil))))
        session.send(.payment(PaymentProgress(serial: 1, .buyerPaying(gatewayStatus: "USERPAYING"))))
        session.send(.tick(session.time + 10_000))
        try check(session, "quickpay")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func paidResult(size: TerminalSize) throws {
        var session = CheckoutFlowTests.qrOnScreen(size: size)
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.paid, orderNumber: "20261203095500ABCD", time: "2026-12-03 09:55:12")))))
        try check(session, "result-paid")
    }

    @Test(arguments: GoldenFrameTests.sizes)
    func declinedResult(size: TerminalSize) throws {
        var session = CheckoutFlowTests.qrOnScreen(size: size)
        let reason = "The payment was declined. Ask the buyer for another way to pay."
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.declined(reason: reason), orderNumber: "20261203095500ABCD", time: "2026-12-03 09:55:12")))))
        try check(session, "result-declined")
    }
}
