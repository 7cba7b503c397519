import Testing
import TillCore

@testable import TerminalUI

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
