import Checkout
import Foundation
import Journal
import Testing
import TillCore

/// The rule of what needs a person, as a table: one attempt, its refunds and its latest handled
/// mark, at a time after it started, and the reasons expected.
@Suite("What needs a person")
struct NeedsAPersonTests {
    static let yen = Currency(code: "JPY")!
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let order = MerchantOrderNumber(rawValue: "T20261122000000AAAAAA")
    static let minute: TimeInterval = 60

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var state: AttemptState
        /// Minutes after the attempt started that the rule is applied.
        var age: Double
        var attention: String? = nil
        /// Refunds as (state, minutes before now they were asked).
        var refunds: [(RefundState, Double)] = []
        /// The handled mark as (state seen, flag seen, order), if any.
        var handled: (AttemptState, String?, MerchantOrderNumber)? = nil
        /// Minutes before now the mark was written.
        var handledAgo: Double = 0
        let expected: [NeedsAPerson.Reason]

        var testDescription: String { name }
    }

    static let flag = "Paid after the cashier gave up. TapIn Pay has no refund API"

    static let cases: [Case] = [
        Case(name: "a payment a screen still waits on", state: .awaitingBuyer, age: 2, expected: []),
        Case(name: "unconfirmed just inside the reconciler's window", state: .unconfirmed, age: 9.99, expected: []),
        Case(name: "unconfirmed at the window's end", state: .unconfirmed, age: 10, expected: [.noFinalAnswer]),
        Case(name: "processing for an hour (a crashed till)", state: .processing, age: 60, expected: [.noFinalAnswer]),
        Case(name: "closed unpaid by the gateway", state: .closed, age: 60, expected: []),
        Case(name: "paid", state: .succeeded, age: 60, expected: []),
        Case(name: "a late payment refunded automatically", state: .succeeded, age: 60, refunds: [(.succeeded, 50)], expected: []),
        Case(name: "a late payment flagged for the manager", state: .succeeded, age: 1, attention: flag, expected: [.flagged]),
        Case(name: "a refund stuck past the window", state: .succeeded, age: 60, refunds: [(.pending, 11)], expected: [.refundUnsettled]),
        Case(name: "a refund still being asked", state: .succeeded, age: 60, refunds: [(.requested, 2)], expected: []),
        Case(name: "a refund the gateway refused", state: .succeeded, age: 60, refunds: [(.failed, 30)], expected: []),
        Case(
            name: "flagged and a refund stuck", state: .succeeded, age: 60, attention: flag, refunds: [(.pending, 30)],
            expected: [.flagged, .refundUnsettled]),
        Case(name: "handled as it stands", state: .unconfirmed, age: 60, handled: (.unconfirmed, nil, order), expected: []),
        Case(
            name: "handled while it was still waiting", state: .unconfirmed, age: 60, handled: (.awaitingBuyer, nil, order),
            expected: [.noFinalAnswer]),
        Case(
            name: "a flag handled as it stands", state: .succeeded, age: 60, attention: flag, handled: (.succeeded, flag, order),
            expected: []),
        Case(
            name: "handled unconfirmed, then found paid late and flagged", state: .succeeded, age: 60, attention: flag,
            handled: (.unconfirmed, nil, order), expected: [.flagged]),
        Case(
            name: "a stuck refund handled", state: .succeeded, age: 60, refunds: [(.pending, 30)],
            handled: (.succeeded, nil, order), handledAgo: 5, expected: []),
        Case(
            name: "a stuck refund handled, then another refund asked and stuck", state: .succeeded, age: 60,
            refunds: [(.pending, 30), (.pending, 12)], handled: (.succeeded, nil, order), handledAgo: 20,
            expected: [.refundUnsettled]),
        Case(
            name: "a mark of another order", state: .unconfirmed, age: 60,
            handled: (.unconfirmed, nil, MerchantOrderNumber(rawValue: "T20261122000000OTHERS")), expected: [.noFinalAnswer]),
    ]

    @Test(arguments: cases)
    func reasons(_ example: Case) {
        let amount = Money(minorUnits: 980, currency: Self.yen)
        let attempt = PaymentAttempt(
            orderNumber: Self.order, saleID: 1, gateway: .tapin, brand: .tapinLink, kind: .qr, amount: amount,
            state: example.state, attention: example.attention, createdAt: Self.start)
        let now = Self.start.addingTimeInterval(example.age * Self.minute)
        let refunds = example.refunds.enumerated().map { index, refund in
            Refund(
                refundNumber: Self.order.refundNumber(sequence: index + 1), orderNumber: Self.order, amount: amount,
                reason: nil, state: refund.0, createdAt: now.addingTimeInterval(-refund.1 * Self.minute))
        }
        let handled = example.handled.map {
            HandledMark(
                orderNumber: $0.2, note: "seen", person: "alice", at: now.addingTimeInterval(-example.handledAgo * Self.minute),
                state: $0.0, attention: $0.1)
        }
        #expect(NeedsAPerson(now: now).reasons(attempt, refunds: refunds, handled: handled) == example.expected)
    }
}
