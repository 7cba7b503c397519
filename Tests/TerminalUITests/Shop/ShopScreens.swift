import Foundation
import TillCore
import TillStrings

@testable import TerminalUI

/// The shop's day screens the goldens show: the shift prompt, cash before and after, the X report,
/// a receipt with its QR code, a manager's approval, and the key bar with the shift.
extension LanguageScreens {
    static func shopScreens(_ language: Language, size: TerminalSize) -> [(name: String, model: AppModel)] {
        var prompt = ShopCounterTests.counter(language: language)
        prompt.model.size = size
        prompt.send(.tick(prompt.time))
        prompt.send(.shop(.shift(nil)))
        prompt.type("Ann")
        prompt.type([.enter])
        prompt.type("5000")
        var amount = ShopCounterTests.open(language: language)
        amount.model.size = size
        amount.type("1200")
        var cash = amount
        cash.type([.enter])
        cash.type("4")
        let sheet = cash
        cash.type([.enter])
        cash.type("2000")
        var change = cash
        change.type([.enter])
        change.send(.shop(.cashSold(sale)))
        var receipt = change
        receipt.type("r")
        var report = ShopCounterTests.open(language: language)
        report.model.size = size
        report.type([.function(4)])
        report.send(.shop(.xReport(xReportLines)))
        var approval = receipt
        approval.model.shop.needsManager = true
        approval.model.shop.document?.kind = .receipt(number: 7, printed: 1)
        approval.type("p")
        approval.type("Mia")
        approval.type([.enter])
        approval.type("2468")
        return [
            ("shop-shift", prompt.model), ("shop-amount", amount.model), ("shop-sheet", sheet.model), ("shop-cash", cash.model),
            ("shop-change", change.model), ("shop-receipt", receipt.model), ("shop-xreport", report.model),
            ("shop-approval", approval.model),
        ]
    }

    static let order = MerchantOrderNumber(rawValue: "T20261205091500ABCDEF")

    static let sale = CashSale(
        orderNumber: order, amount: ShopCounterTests.yen(1200), change: ShopCounterTests.yen(800),
        receipt: ReceiptView(
            number: 7,
            lines: [
                "               Kissa Till", "                 RECEIPT 7", "2026-12-05 09:15:00", "Cashier                                Ann",
                "------------------------------------------", "TOTAL                               ¥1,200",
                "Paid by                               Cash", "Cash                                ¥2,000",
                "Change                                ¥800", "Order                T20261205091500ABCDEF",
                "------------------------------------------",
            ], printed: 1, qrText: order.rawValue),
        printProblem: nil, drawerOpened: true)

    static let xReportLines = [
        "X report · shift 3 · Ann · JPY", "Opened 2026-12-05T00:00:00.000Z (UTC)", "Sales: 4, ¥9,800", "Refunds: 1, ¥500",
        "Net: ¥9,300", "By tender", "  cash: sales 2, ¥3,200; refunds 0, ¥0; net ¥3,200",
        "  qr: sales 2, ¥6,600; refunds 1, ¥500; net ¥6,100",
        "Cash: float ¥5,000 + sales ¥3,200 − refunds ¥0 + paid in ¥0 − paid out ¥0 = ¥8,200",
        "Cash expected in the drawer: ¥8,200", "Unresolved payments: 0",
    ]
}
