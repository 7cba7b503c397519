import Testing
import TillCore

@testable import TerminalUI

/// Ctrl-C, F10 and signals while a payment is open; Ctrl-L; the demo banner on every screen.
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

/// In demo mode every screen carries the banner, and a paid sale says no money was taken.
@Suite struct DemoBannerTests {
    static let banner = "DEMO — no real money moves"

    static func screens(size: TerminalSize) -> [(String, AppModel)] {
        func demo(_ session: Session) -> AppModel {
            var model = session.model
            model.isDemo = true
            return model
        }
        var amount = Session(size: size)
        amount.type("1200")
        var help = Session(size: size)
        help.type([.function(1)])
        var sheet = CheckoutFlowTests.session(size: size)
        sheet.type([.enter])
        let qr = CheckoutFlowTests.qrOnScreen(size: size)
        var quickPay = CheckoutFlowTests.session(amount: "980", size: size)
        quickPay.scan("134567890123456789")
        var result = CheckoutFlowTests.qrOnScreen(size: size)
        result.send(.payment(PaymentProgress(serial: 1, .finished(PaymentResult(.paid, orderNumber: "O1", time: "t")))))
        let history = HistoryFixtures.session(size: size)
        return [
            ("amount", demo(amount)), ("help", demo(help)), ("sheet", demo(sheet)), ("qr", demo(qr)),
            ("quickpay", demo(quickPay)), ("result", demo(result)), ("history", demo(history)),
        ]
    }

    @Test(arguments: [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 20), TerminalSize(columns: 40, rows: 12)])
    func everyScreenShowsTheBannerInTheWarningColour(size: TerminalSize) {
        for (name, model) in Self.screens(size: size) {
            let frame = TillApp.view(model)
            let firstRow = frame.plainText().split(separator: "\n", omittingEmptySubsequences: false)[0]
            #expect(firstRow.contains(Self.banner), "\(name) at \(size.columns)×\(size.rows): \(firstRow)")
            let row = frame.cells.prefix(frame.columns)
            #expect(row.allSatisfy { $0.style == model.theme.demoBanner }, "\(name): the whole row is the banner")
            var real = model
            real.isDemo = false
            #expect(!TillApp.view(real).plainText().contains(Self.banner), "\(name) without demo mode")
        }
    }

    @Test func thePaidResultSaysNoMoneyWasTaken() {
        let models = Self.screens(size: TerminalSize(columns: 80, rows: 24))
        let result = models.first { $0.0 == "result" }!.1
        #expect(TillApp.view(result).plainText().contains("no real money was taken"))
        var real = result
        real.isDemo = false
        #expect(!TillApp.view(real).plainText().contains("no real money was taken"))
    }

    @Test func theLoopsFirstModelCarriesDemoModeAndTheLimit() throws {
        let yen = Currency(code: "JPY")!
        var settings = TerminalLoop.Settings(
            theme: try ThemeChain.builtin.complete(BuiltinThemes.takeMePay), storeName: "Shop", currency: yen,
            maximum: Money(minorUnits: 500_000, currency: yen))
        let size = TerminalSize(columns: 80, rows: 24)
        #expect(!TerminalLoop.firstModel(settings, size: size, depth: .palette256).isDemo)
        settings.isDemo = true
        let model = TerminalLoop.firstModel(settings, size: size, depth: .palette256)
        #expect(model.isDemo)
        #expect(model.amount.maximum?.minorUnits == 500_000)
        #expect(TillApp.view(model).plainText().contains(Self.banner))
    }

    @Test func theBannerColourIsAmberOrReverseVideo() {
        let session = Session()
        #expect(session.model.theme.demoBanner.background == .indexed(3))
        let plain = ResolvedTheme(try! ThemeChain.builtin.complete(BuiltinThemes.takeMePay), depth: .none)
        #expect(plain.demoBanner.reverse)
    }
}
