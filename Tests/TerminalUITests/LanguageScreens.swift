import TillCore
import TillStrings

@testable import TerminalUI

/// Every counter screen the goldens show, drawn in one language: the language goldens and the
/// fitting test both walk this list.
enum LanguageScreens {
    static func all(_ language: Language, size: TerminalSize) -> [(name: String, model: AppModel)] {
        checkoutScreens(language, size: size) + resultScreens(language, size: size) + historyScreens(language, size: size)
            + shopScreens(language, size: size)
    }

    private static func checkoutScreens(_ language: Language, size: TerminalSize) -> [(name: String, model: AppModel)] {
        var amount = Session(size: size, language: language)
        amount.type("12800")
        amount.type([.tab])
        amount.type("Matcha latte")
        var help = Session(size: size, language: language)
        help.type([.function(1)])
        var sheet = CheckoutFlowTests.session(size: size, language: language)
        sheet.type([.tab])
        sheet.type("Matcha latte")
        sheet.type([.enter, .down])
        var qr = CheckoutFlowTests.qrOnScreen(size: size, language: language)
        qr.send(.tick(qr.time + 4_200))
        var quickPay = CheckoutFlowTests.session(amount: "980", size: size, language: language)
        quickPay.scan("134567890123456789")
        quickPay.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "20261203095500WXYZ", gateway: .takemepay, qrPayload: nil))))
        quickPay.send(.payment(PaymentProgress(serial: 1, .buyerPaying(gatewayStatus: "USERPAYING"))))
        quickPay.send(.tick(quickPay.time + 10_000))
        var demo = amount.model
        demo.isDemo = true
        var message = Session(size: size, language: language)
        message.type([.function(3)])
        var refused = Session(size: size, language: language)
        refused.type("12.5")
        return [
            ("amount", amount.model), ("help", help.model), ("sheet", sheet.model), ("qr", qr.model),
            ("quickpay", quickPay.model), ("demo-amount", demo), ("amount-message", message.model),
            ("amount-refused", refused.model),
        ]
    }

    private static func resultScreens(_ language: Language, size: TerminalSize) -> [(name: String, model: AppModel)] {
        let outcomes: [(String, PaymentResult.Outcome)] = [
            ("paid", .paid), ("declined", .declined(reason: CashierError.declined(nil).message(in: Strings(language)))),
            ("unconfirmed", .unconfirmed), ("cancelled", .cancelled),
        ]
        return outcomes.map { name, outcome in
            var session = CheckoutFlowTests.qrOnScreen(size: size, language: language)
            let result = PaymentResult(outcome, orderNumber: "20261203095500ABCD", time: "2026-12-03 09:55:12")
            session.send(.payment(PaymentProgress(serial: 1, .finished(result))))
            return ("result-\(name)", session.model)
        }
    }

    private static func historyScreens(_ language: Language, size: TerminalSize) -> [(name: String, model: AppModel)] {
        var list = HistoryFixtures.session(size: size, language: language)
        list.type([.down, .down, .down])
        var details = HistoryFixtures.session(size: size, language: language)
        details.type([.enter])
        details.send(.history(.details(HistoryFixtures.details)))
        var refund = HistoryFixtures.session(size: size, language: language)
        refund.type([.character("r"), .backspace])
        var handle = HistoryFixtures.session(size: size, language: language)
        handle.type([.down, .character("h")])
        handle.type("Called TakeMe Pay")
        var refused = HistoryFixtures.session(size: size, language: language)
        refused.type([.down, .character("r")])
        return [
            ("history-list", list.model), ("history-details", details.model), ("history-refund", refund.model),
            ("history-handle", handle.model), ("history-message", refused.model),
        ]
    }
}
