import Testing
import TillCore

@testable import TerminalUI

/// Ctrl-C, F10 and signals while a payment is open; Ctrl-L.
@Suite struct QuitAndRedrawTests {
    @Test func ctrlCDuringAPaymentIsRefusedLikeF10AndSaysWhy() {
        var session = CheckoutFlowTests.qrOnScreen()
        session.send(.interruptRequested)
        #expect(!session.model.isQuitting)
        #expect(!session.effects.contains(.quit))
        #expect(session.effects.last == .bell)
        #expect(
            session.model.message
                == .error("Ctrl-C does not quit while a payment is open: press Esc to cancel it first"))
        session.type([.function(10)])
        #expect(session.model.message?.text.hasPrefix("F10 does not quit while a payment is open") == true)
        #expect(!session.effects.contains(.quit))
        #expect(TillApp.view(session.model).plainText().contains("cancel it first"))
    }

    @Test func ctrlCQuitsWhenNoPaymentIsOpen() {
        for screen in [AppModel.Screen.amount, .help, .sheet, .result, .history] {
            var session = Session()
            session.model.screen = screen
            session.send(.interruptRequested)
            #expect(session.model.isQuitting, "on \(screen)")
            #expect(session.effects == [.quit])
        }
    }

    @Test func ctrlLAsksForAWholeRedrawOnEveryScreen() {
        var session = CheckoutFlowTests.qrOnScreen()
        session.effects = []
        session.type([.control(12)])
        #expect(session.effects == [.redraw])
        var amount = Session()
        amount.type("12")
        amount.type([.control(12)])
        #expect(amount.effects == [.redraw])
        #expect(amount.model.amount.text == "12")
    }

    @Test func aSignalDuringAPaymentLeavesItToTheReconcilerAndSaysSo() {
        var session = CheckoutFlowTests.qrOnScreen()
        session.send(.quitRequested)
        #expect(session.effects.last == .quit)
        let exit = TerminalExit(signal: 15, model: session.model)
        #expect(
            exit.farewell
                == "till: stopped by SIGTERM while the payment of ¥12,800 (order 20261203095500ABCD) was open; the reconciler settles it at the next start, or run `till recover` now")
        #expect(TerminalExit(signal: nil, model: session.model).farewell == nil, "F10 cannot leave a payment open")
        #expect(TerminalExit(signal: 15, model: Session().model).farewell == nil, "nothing open, nothing to say")
    }
}
