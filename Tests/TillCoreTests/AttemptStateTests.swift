import Testing
import TillCore

@Suite("Attempt and refund state machines")
struct AttemptStateTests {
    /// The legal moves, written out here independently of the table in TillCore, so a change to one
    /// without the other fails.
    static let legal: Set<String> = [
        "created>awaitingBuyer", "created>processing", "created>succeeded", "created>failed",
        "created>canceled", "created>unconfirmed",
        "awaitingBuyer>processing", "awaitingBuyer>succeeded", "awaitingBuyer>failed",
        "awaitingBuyer>canceled", "awaitingBuyer>unconfirmed",
        "processing>succeeded", "processing>failed", "processing>canceled", "processing>unconfirmed",
        "unconfirmed>succeeded", "unconfirmed>failed", "unconfirmed>closed",
    ]

    @Test("every pair of attempt states is legal or rejected as the table says",
          arguments: AttemptState.allCases)
    func everyAttemptPair(from: AttemptState) throws {
        for to in AttemptState.allCases {
            let key = "\(from.rawValue)>\(to.rawValue)"
            if Self.legal.contains(key) {
                #expect(try from.moving(to: to) == to, "\(key) should be legal")
            } else {
                #expect(throws: IllegalTransition(from: from.rawValue, to: to.rawValue), "\(key) should be illegal") {
                    try from.moving(to: to)
                }
            }
        }
    }

    @Test func finalStates() {
        let finals = AttemptState.allCases.filter(\.isFinal)
        #expect(Set(finals) == [.succeeded, .failed, .canceled, .closed])
        #expect(!AttemptState.unconfirmed.isFinal)
    }

    static let legalRefund: Set<String> = [
        "requested>pending", "requested>succeeded", "requested>failed", "pending>succeeded", "pending>failed",
    ]

    @Test("every pair of refund states is legal or rejected as the table says", arguments: RefundState.allCases)
    func everyRefundPair(from: RefundState) throws {
        for to in RefundState.allCases {
            let key = "\(from.rawValue)>\(to.rawValue)"
            if Self.legalRefund.contains(key) {
                #expect(try from.moving(to: to) == to)
            } else {
                #expect(throws: IllegalTransition.self, "\(key) should be illegal") { try from.moving(to: to) }
            }
        }
    }

    @Test func attemptMovesThroughItsOwnMethodOnly() throws {
        let yen = try #require(Currency(code: "JPY"))
        var attempt = PaymentAttempt(
            orderNumber: MerchantOrderNumber(rawValue: "T20261122000000ABCDEF"), saleID: 1, gateway: .motp,
            brand: .wechatPay, kind: .quickPay, amount: Money(minorUnits: 150, currency: yen),
            createdAt: .init(timeIntervalSince1970: 0))
        try attempt.move(to: .processing)
        try attempt.move(to: .unconfirmed)
        #expect(throws: IllegalTransition.self) { try attempt.move(to: .canceled) }
        #expect(attempt.state == .unconfirmed)
        try attempt.move(to: .succeeded)
        #expect(attempt.state == .succeeded)
    }
}
