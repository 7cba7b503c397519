import Checkout
import Journal
import Testing
import TillCore

/// What the counter's history search means: `#N` a receipt, `@name` a cashier, an amount, a brand,
/// else part of an order number.
@Suite struct HistorySearchTests {
    let yen = Currency(code: "JPY")!
    let dollars = Currency(code: "USD")!

    @Test func eachKindOfSearchBecomesItsFilter() {
        #expect(PaymentHistory.searchFilter("#12", currency: yen) == AttemptFilter(receipt: 12))
        #expect(PaymentHistory.searchFilter(" @Aiko ", currency: yen) == AttemptFilter(cashier: "Aiko"))
        #expect(PaymentHistory.searchFilter("1200", currency: yen) == AttemptFilter(amount: Money(minorUnits: 1200, currency: yen)))
        #expect(PaymentHistory.searchFilter("12.50", currency: dollars) == AttemptFilter(amount: Money(minorUnits: 1250, currency: dollars)))
        #expect(PaymentHistory.searchFilter("Alipay", currency: yen) == AttemptFilter(brand: .alipay))
        #expect(PaymentHistory.searchFilter("wechatpay", currency: yen) == AttemptFilter(brand: .wechatPay))
        #expect(PaymentHistory.searchFilter("T2026", currency: yen) == AttemptFilter(orderContains: "T2026"))
    }

    @Test func whatIsNotQuiteOneKindIsPartOfAnOrderNumber() {
        #expect(PaymentHistory.searchFilter("#", currency: yen) == AttemptFilter(orderContains: "#"))
        #expect(PaymentHistory.searchFilter("#1a", currency: yen) == AttemptFilter(orderContains: "#1a"))
        #expect(PaymentHistory.searchFilter("@", currency: yen) == AttemptFilter(orderContains: "@"))
        #expect(PaymentHistory.searchFilter("12.5", currency: yen) == AttemptFilter(orderContains: "12.5"), "yen have no decimals")
        #expect(PaymentHistory.searchFilter("2026120509", currency: yen) == AttemptFilter(orderContains: "2026120509"))
    }
}
