import Testing
import TillCore
import TillStrings

@testable import TerminalUI

/// The payment screens' update sequences: pure, played through `TillApp.update` with the runner's
/// news posted by hand.
@Suite struct CheckoutFlowTests {
    static let choices = [
        PaymentChoice(gateway: .takemepay, brand: .wechatPay), PaymentChoice(gateway: .takemepay, brand: .alipay),
        PaymentChoice(gateway: .motp, brand: .wechatPay),
    ]
    static let payload = "weixin://wxpay/bizpayurl?pr=Till0Demo42"

    /// A session with an amount typed and three choices offered.
    static func session(
        amount: String = "12800", size: TerminalSize = TerminalSize(columns: 80, rows: 24), language: Language = .en
    ) -> Session {
        var session = Session(size: size, language: language)
        session.model.checkout.choices = choices
        session.type(amount)
        return session
    }

    /// Amount → sheet → QR on screen, with the gateway's answer posted.
    static func qrOnScreen(size: TerminalSize = TerminalSize(columns: 80, rows: 24), language: Language = .en) -> Session {
        var session = session(size: size, language: language)
        session.type([.enter, .enter])
        session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "20261203095500ABCD", gateway: .takemepay, qrPayload: payload))))
        session.send(.tick(session.time))
        return session
    }

    @Test func theQRsValidityIsShownBesideIt() {
        var session = Self.qrOnScreen()
        #expect(!TillApp.view(session.model).plainText().contains("valid until"))
        session.send(.payment(PaymentProgress(serial: 1, .validUntil("14:32"))))
        #expect(TillApp.view(session.model).plainText().contains("QR valid until 14:32"))
    }

    @Test func aCreateWhoseAnswerSettledNothingReadsCheckingWithTheGateway() {
        var session = Self.session()
        session.type([.enter, .enter])
        session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "O2", gateway: .motp, qrPayload: nil))))
        session.send(.payment(PaymentProgress(serial: 1, .checking(reason: "SYSTEMERROR"))))
        let screen = TillApp.view(session.model).plainText()
        #expect(screen.contains("Checking with the gateway…"))
        #expect(!screen.contains("SYSTEMERROR"), "the reason is for the journal, not the screen")
        #expect(!screen.contains("could not be started"))
    }

    @Test func amountToQRInTwoKeysThenPaid() {
        var session = Self.qrOnScreen()
        #expect(session.model.screen == .payment)
        #expect(session.model.checkout.payment?.status == .waitingForBuyer)
        #expect(session.model.checkout.payment?.secondsLeft == 45)
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.paid, orderNumber: "20261203095500ABCD", time: "2026-12-03 09:55:12")))))
        #expect(session.model.screen == .result)
        #expect(session.effects.last == .flash)
        session.type([.enter])
        #expect(session.model.screen == .amount)
        #expect(session.model.amount.text == "", "the next sale starts empty")
    }

    @Test func arrowsAndNumbersChooseOnTheSheet() {
        var session = Self.session()
        session.type([.enter])
        session.type([.down])
        #expect(session.model.checkout.selected == 1)
        session.type("3")
        #expect(session.model.checkout.selected == 2)
        session.type("9")
        #expect(session.model.checkout.selected == 2)
        #expect(session.effects.last == .bell)
        session.type([.up, .up, .up])
        #expect(session.model.checkout.selected == 2)
        session.type([.escape])
        #expect(session.model.screen == .amount)
        #expect(session.model.amount.text == "12800")
    }

    @Test func countdownsFollowTheClockAndTheWindowEndOffersAChoice() {
        var session = Self.qrOnScreen()
        let start = session.time
        session.send(.tick(start + 1_000))
        #expect(session.model.checkout.payment?.secondsLeft == 44)
        #expect(session.model.checkout.payment?.nextPollIn == 2)
        session.send(.tick(start + 44_500))
        #expect(session.model.checkout.payment?.secondsLeft == 1)
        session.type([.enter])
        #expect(!session.effects.contains(.payment(.keepWaiting)), "Enter waits longer only once the window ended")
        session.send(.payment(PaymentProgress(serial: 1, .windowEnded)))
        #expect(TillApp.view(session.model).plainText().contains("Enter/k: keep waiting"))
        session.type("k")
        #expect(session.effects.last == .payment(.keepWaiting))
        #expect(session.model.checkout.payment?.status == .waitingForBuyer)
        #expect(session.model.checkout.payment?.secondsLeft == 45)
    }

    @Test func escapeCancels() {
        var session = Self.qrOnScreen()
        session.type([.escape])
        #expect(session.effects.last == .payment(.cancel))
        #expect(session.model.checkout.payment?.status == .cancelling)
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.cancelled, orderNumber: "X", time: "t")))))
        #expect(session.model.screen == .result)
        session.type([.enter])
        #expect(session.model.amount.text == "", "a cancelled sale's amount never stays for the next digits")
        #expect(session.model.lastSaleAmount?.minorUnits == 12800, "F3 brings it back on purpose")
    }

    @Test func quitIsRefusedWhileAPaymentIsOpen() {
        var session = Self.qrOnScreen()
        session.type([.function(10)])
        session.type([.control(17)])
        #expect(!session.model.isQuitting)
        #expect(!session.effects.contains(.quit))
        #expect(session.model.screen == .payment)
        #expect(
            session.model.message
                == .error("Ctrl-Q does not quit while a payment is open: press Esc to cancel it first"))
    }

    @Test func quickPayBurstThenUserPayingThenPaid() {
        var session = Self.session(amount: "980")
        session.scan("134567890123456789")
        #expect(session.model.screen == .payment)
        let yen = Currency(code: "JPY")!
        #expect(
            session.effects.last
                == .payment(.startQuickPay(serial: 1, amount: Money(minorUnits: 980, currency: yen), description: nil, buyerCode: "134567890123456789")))
        session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "O1", gateway: .takemepay, qrPayload: nil))))
        session.send(.payment(PaymentProgress(serial: 1, .buyerPaying(gatewayStatus: "USERPAYING"))))
        let screen = TillApp.view(session.model).plainText()
        #expect(screen.contains("1345••••••••••6789"))
        #expect(!screen.contains("134567890123456789"))
        #expect(screen.contains("Buyer is entering PIN"))
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.paid, orderNumber: "O1", time: "t")))))
        #expect(session.model.screen == .result)
        #expect(session.effects.last == .flash)
    }

    @Test func quickPayWithoutAnAmountLosesNothing() {
        var session = Session()
        session.type([.tab])
        session.type("Tea")
        session.scan("134567890123456789")
        #expect(session.model.screen == .amount)
        #expect(session.model.saleDescription == "Tea")
        #expect(session.model.message == .error("Code …6789 scanned with no amount: type the amount, then scan again"))
    }

    @Test func unconfirmedQuickPayShowsWhatHappensNext() {
        var session = Self.session(amount: "980")
        session.scan("134567890123456789")
        session.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.unconfirmed, orderNumber: "O1", time: "t")))))
        let screen = TillApp.view(session.model).plainText()
        #expect(screen.contains("Unconfirmed"))
        #expect(screen.contains("do not take this sale again yet"))
        #expect(screen.contains("has not said whether the buyer paid"))
        #expect(screen.contains("refunded"))
        #expect(!screen.contains("not charged"))
    }

    @Test func newsOfAnOlderPaymentIsIgnored() {
        var session = Self.qrOnScreen()
        session.send(.payment(PaymentProgress(serial: 0, .finished(PaymentResult(.paid, orderNumber: "old", time: "t")))))
        #expect(session.model.screen == .payment)
    }

    @Test func resizeDuringAPaymentRefitsTheQRCode() {
        var session = Self.qrOnScreen()
        let large = TillApp.view(session.model).plainText()
        session.send(.resize(TerminalSize(columns: 60, rows: 20)))
        let small = TillApp.view(session.model).plainText()
        #expect(session.model.screen == .payment)
        #expect(large.contains("▀") && small.contains("▀"))
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 60 })
        session.send(.resize(TerminalSize(columns: 30, rows: 10)))
        #expect(TillApp.view(session.model).plainText().contains("Window too small"))
        session.send(.resize(TerminalSize(columns: 80, rows: 24)))
        #expect(TillApp.view(session.model).plainText() == large)
    }

    @Test func theQRCodeIsNeverThemed() {
        for theme in [BuiltinThemes.takeMePay, BuiltinThemes.dark, BuiltinThemes.highContrast] {
            var session = Session(theme: theme)
            session.model.checkout.choices = Self.choices
            session.type("5")
            session.type([.enter, .enter])
            session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "O", gateway: .takemepay, qrPayload: Self.payload))))
            // The code is on the left half; the amount beside it is in big digits in the theme's colours.
            let frame = TillApp.view(session.model)
            let blocks = frame.cells.enumerated()
                .filter { $0.offset % frame.columns < frame.columns / 2 && ["█", "▀", "▄"].contains($0.element.text) }
                .map(\.element)
            #expect(!blocks.isEmpty)
            #expect(blocks.allSatisfy { $0.style == CellStyle(foreground: .indexed(0), background: .indexed(15)) })
        }
    }

    @Test func withoutChoicesTheSheetSaysSoAndAScanThereStillStartsQuickPay() {
        var session = Session()
        session.type("700")
        session.type([.enter])
        #expect(session.model.screen == .sheet)
        #expect(session.model.message?.kind == .error)
        session.type([.enter])
        #expect(session.model.screen == .sheet, "nothing to pay with")
        #expect(session.effects.last == .bell)
        #expect(TillApp.view(session.model).plainText().contains("No QR payment is offered in JPY."))
        session.scan("281234567890123456")
        #expect(session.model.screen == .payment)
        guard case .payment(.startQuickPay(_, let amount, _, let code)) = session.effects.last else {
            Issue.record("expected a QuickPay, got \(String(describing: session.effects.last))")
            return
        }
        #expect(amount.minorUnits == 700)
        #expect(code == "281234567890123456")
    }

    @Test func aScanWhileAPaymentIsOpenIsRefused() {
        var session = Self.qrOnScreen()
        session.scan("134567890123456789")
        #expect(session.model.message == .error("Code …6789 ignored: a payment is open"))
        #expect(session.model.checkout.serial == 1)
    }
}
