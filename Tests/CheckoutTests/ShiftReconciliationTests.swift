import Foundation
import Gateways
import Testing
import TillCore
@testable import Checkout

/// The Z's comparison of a gateway's list with the journal, one kind of difference at a time.
@Suite("Shift reconciliation")
struct ShiftReconciliationTests {
    let yen = Currency(code: "JPY")!
    func money(_ amount: Int64) -> Money { Money(minorUnits: amount, currency: yen) }

    func attempt(_ order: String, _ amount: Int64, _ state: AttemptState) -> PaymentAttempt {
        PaymentAttempt(
            orderNumber: MerchantOrderNumber(rawValue: order), saleID: 1, gateway: .takemepay, brand: .wechatPay, kind: .qr,
            amount: money(amount), state: state, createdAt: Date())
    }

    func listed(_ reference: String, _ order: String?, _ amount: Int64, paid: Bool = true) -> ListedPayment {
        ListedPayment(
            gatewayReference: reference, orderNumber: order.map(MerchantOrderNumber.init), amount: money(amount), isPaid: paid,
            isRefunded: false, created: nil)
    }

    @Test func agreementIsOneLine() {
        let lines = ShiftReconciliation.differences(
            "TakeMe Pay", listed: [listed("ch_1", "T1", 100), listed("ch_2", "T2", 50, paid: false)],
            journal: [attempt("T1", 100, .succeeded), attempt("T2", 50, .failed)])
        #expect(lines == ["TakeMe Pay: 2 payment(s) of the journal compared with 2 listed, no difference."])
    }

    @Test func everyKindOfDifferenceIsNamed() {
        let lines = ShiftReconciliation.differences(
            "TakeMe Pay",
            listed: [listed("ch_1", "T1", 100), listed("ch_2", "T2", 999), listed("ch_9", nil, 70), listed("ch_8", "T8", 10)],
            journal: [attempt("T1", 100, .unconfirmed), attempt("T2", 200, .succeeded), attempt("T3", 300, .succeeded)])
        #expect(lines.first == "TakeMe Pay: 3 payment(s) of the journal compared with 4 listed, 5 difference(s):")
        #expect(Array(lines.dropFirst()) == [
            "  TakeMe Pay lists order T1 (¥100) as paid; the journal has it as unconfirmed.",
            "  TakeMe Pay lists order T2 as ¥999; the journal has ¥200.",
            "  TakeMe Pay lists ch_9 (¥70) as paid; the journal has no such payment.",
            "  TakeMe Pay lists ch_8 (¥10) as paid; the journal has no such payment.",
            "  The journal has order T3 (¥300) paid; TakeMe Pay does not list it as paid.",
        ])
    }
}
