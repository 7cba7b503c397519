import Checkout
import Foundation
import Gateways
import Journal
import Testing
import TillCore

/// The one rule, at the checkout: every class of answer a money-moving call can end in, against what
/// the journal records and what the cashier reads. Only a definite refusal (or a request that never
/// left) fails an attempt; everything else is "checking", then paid, cancelled or unconfirmed.
@Suite("Answers that settle nothing", .timeLimit(.minutes(1)))
struct UnsettledAnswerTests {
    let wechatCode = "134567890123456789"

    /// One class of answer and what it must lead to.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let error: GatewayError
        /// True when the answer settles the request (a definite refusal).
        let settles: Bool
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "HTTP 500", error: .cashier(.gatewayUnavailable(GatewayRawError(code: "HTTP 500"))), settles: false),
        Case(name: "SYSTEMERROR", error: .cashier(.gatewayUnavailable(GatewayRawError(code: "SYSTEMERROR"))), settles: false),
        Case(name: "BANKERROR", error: .cashier(.gatewayUnavailable(GatewayRawError(code: "BANKERROR"))), settles: false),
        Case(name: "429", error: .cashier(.gatewayUnavailable(GatewayRawError(code: "HTTP 429"))), settles: false),
        Case(name: "unreadable body", error: .cashier(.unexpectedAnswer(GatewayRawError(code: "HTTP 200"))), settles: false),
        Case(name: "unknown code", error: .cashier(.unexpectedAnswer(GatewayRawError(code: "NEW_CODE"))), settles: false),
        Case(name: "lost answer", error: .unconfirmed(orderNumber: "x", reason: "the answer was lost"), settles: false),
        Case(name: "declined", error: .cashier(.declined(GatewayRawError(code: "NOTENOUGH"))), settles: true),
        Case(name: "buyer code invalid", error: .cashier(.buyerCodeInvalid(GatewayRawError(code: "AUTHCODEEXPIRE"))), settles: true),
        Case(name: "refused", error: .cashier(.requestRefused(GatewayRawError(code: "9"))), settles: true),
        Case(name: "never sent", error: .cashier(.notReached(GatewayRawError(code: "not-sent"))), settles: true),
    ]

    @Test(arguments: cases)
    func aQuickPayAnswerIsFailedOnlyWhenItSettles(_ testCase: Case) async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.succeeded]))
        gateway.setScript { $0.quickPayError = testCase.error }
        let fixture = try CheckoutFixture(gateway: gateway)
        let service = fixture.service
        let amount = fixture.yen(4200)
        let code = wechatCode
        if testCase.settles {
            await #expect(throws: CheckoutError.self) {
                try await service.startQuickPay(amount: amount, description: nil, buyerCode: code)
            }
            #expect(try await fixture.journal.attempts(forSale: 1).map(\.state) == [.failed])
            return
        }
        let payment = try await service.startQuickPay(amount: amount, description: nil, buyerCode: code)
        #expect(payment.checking != nil, "the cashier reads \"Checking with the gateway…\"")
        #expect(payment.attempt.state == .processing)
        #expect(try await fixture.journal.attempt(payment.orderNumber)?.state == .processing)
        // The next question by the order number settles it: paid, on one Quick Pay.
        guard case .finished(.paid(let paid)) = await fixture.waitWindow(payment, steps: 1) else {
            Issue.record("a status that says paid ends the wait")
            return
        }
        #expect(paid.state == .succeeded)
        #expect(gateway.calls.quickPays == 1)
    }

    @Test(arguments: cases.filter { $0.settles })
    func aRefusalFailsTheAttemptAndSaysWhy(_ testCase: Case) async throws {
        let gateway = ScriptedGateway()
        gateway.setScript { $0.quickPayError = testCase.error }
        let fixture = try CheckoutFixture(gateway: gateway)
        do {
            _ = try await fixture.service.startQuickPay(amount: fixture.yen(500), description: nil, buyerCode: wechatCode)
            Issue.record("a refusal is thrown")
        } catch {
            guard case .cashier(let cashierError) = error, case .cashier(let expected) = testCase.error else {
                Issue.record("expected the refusal, got \(error)")
                return
            }
            #expect(cashierError == expected)
            #expect(error.message == expected.message)
        }
        let attempts = try await fixture.journal.attempts(forSale: 1)
        #expect(attempts.map(\.state) == [.failed])
        #expect(gateway.calls.quickPays == 1)
    }

    /// Still unknown when the window ends: unconfirmed for the reconciler, and the cashier is told not to
    /// take the sale again yet, never that nothing was charged.
    @Test(arguments: cases.filter { !$0.settles })
    func stillUnknownAtTheDeadlineIsUnconfirmed(_ testCase: Case) async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.processing]))
        gateway.setScript { $0.quickPayError = testCase.error }
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(700), description: nil, buyerCode: wechatCode)
        guard case .stillWaiting(let still) = await fixture.waitWindow(payment) else {
            Issue.record("no final answer in 45 s")
            return
        }
        #expect(gateway.calls.statuses == 15)
        let outcome = await fixture.service.giveUp(still)
        guard case .unconfirmed(let attempt) = outcome else {
            Issue.record("expected unconfirmed, got \(outcome)")
            return
        }
        #expect(attempt.state == .unconfirmed)
        let message = try #require(outcome.message)
        #expect(message.contains("Do not take this sale again"))
        #expect(!message.contains("Nothing was charged"))
        #expect(gateway.calls.quickPays == 1)
    }

    /// A QR create whose answer settles nothing has no code to show: the checkout asks by number, and a
    /// gateway that then says "cancelled" (never created, or nobody can pay it) ends it cancelled.
    @Test(arguments: cases.filter { !$0.settles })
    func aQRCreateThatSettlesNothingIsCheckedNotFailed(_ testCase: Case) async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.canceled]))
        gateway.setScript { $0.createError = testCase.error }
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQR(amount: fixture.yen(900), description: nil, gateway: .motp, brand: .wechatPay)
        #expect(payment.qrPayload == nil)
        #expect(payment.checking != nil)
        guard case .finished(.canceled(let attempt)) = await fixture.waitWindow(payment, steps: 1) else {
            Issue.record("the gateway's \"cancelled\" ends it")
            return
        }
        #expect(attempt.state == .canceled)
        #expect(gateway.calls.creates == 1)
    }

    /// A refund answered by anything but a refusal is asked about by its number on the 3 s loop and is
    /// never failed; a refusal fails it.
    @Test(arguments: cases)
    func aRefundIsFailedOnlyByARefusal(_ testCase: Case) async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQuickPay(amount: fixture.yen(2000), description: nil, buyerCode: wechatCode)
        gateway.setScript {
            $0.refundError = testCase.error
            $0.refundStatusState = .succeeded
        }
        let service = fixture.service
        let order = payment.orderNumber
        let refusedForGood = testCase.settles && testCase.error.cashierError != .notReached(GatewayRawError(code: "not-sent"))
        if refusedForGood {
            await #expect(throws: CheckoutError.self) { try await service.refund(order) }
            #expect(try await fixture.journal.refunds(of: order).map(\.state) == [.failed])
            #expect(gateway.calls.refundStatuses == 0)
        } else {
            let refund = try await fixture.runningClock { try await service.refund(order) }
            #expect(refund.state == .succeeded, "found done by its number")
            #expect(gateway.calls.refundStatuses >= 1)
        }
        #expect(gateway.calls.refunds == 1)
    }
}
