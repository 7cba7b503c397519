import Checkout
import Foundation
import Gateways
import Journal
import Testing
import TillCore

@Suite("Pay by QR on the 3 s / 45 s loop", .timeLimit(.minutes(1)))
struct QRFlowTests {
    @Test func theAttemptIsInTheJournalBeforeTheGatewayIsCalled() async throws {
        let gateway = ScriptedGateway(script: .init(createError: .cashier(.requestRefused(GatewayRawError(code: "9")))))
        let fixture = try CheckoutFixture(gateway: gateway)
        await #expect(throws: CheckoutError.cashier(.requestRefused(GatewayRawError(code: "9")))) {
            try await fixture.service.startQR(amount: fixture.yen(1500), description: "Tea", gateway: .motp, brand: .wechatPay)
        }
        let order = MerchantOrderNumber(rawValue: "T20261122000000000001")
        let transitions = try await fixture.journal.transitions(order)
        #expect(transitions.map(\.to) == [.created, .failed])
        #expect(transitions.last?.rawCode == "9")
    }

    @Test func exactlyFifteenPollsInFortyFiveSecondsThenStillWaiting() async throws {
        let fixture = try CheckoutFixture()
        let payment = try await fixture.service.startQR(amount: fixture.yen(1500), description: nil, gateway: .motp, brand: .wechatPay)
        #expect(payment.qrPayload == "weixin://wxpay/bizpayurl?pr=test")
        #expect(payment.attempt.state == .awaitingBuyer)
        let result = await fixture.waitWindow(payment)
        guard case .stillWaiting(let still) = result else {
            Issue.record("expected still waiting, got \(result)")
            return
        }
        #expect(fixture.gateway.calls.statuses == 15)
        #expect(fixture.clock.now.offset == .seconds(45))
        #expect(still.attempt.state == .awaitingBuyer)
        // Keep waiting: another window, another 15 polls.
        _ = await fixture.waitWindow(still)
        #expect(fixture.gateway.calls.statuses == 30)
    }

    @Test func paidAtTheFourthPollEndsTheWaitAtTwelveSeconds() async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.awaitingBuyer, .awaitingBuyer, .processing, .succeeded]))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQR(amount: fixture.yen(980), description: nil, gateway: .motp, brand: .alipay)
        let result = await fixture.waitWindow(payment, steps: 4)
        guard case .finished(.paid(let attempt)) = result else {
            Issue.record("expected paid, got \(result)")
            return
        }
        #expect(fixture.clock.now.offset == .seconds(12))
        #expect(fixture.gateway.calls.statuses == 4)
        #expect(try await fixture.journal.transitions(attempt.orderNumber).map(\.to) == [.created, .awaitingBuyer, .processing, .succeeded])
        #expect(try await fixture.journal.attempt(attempt.orderNumber)?.gatewayReference == "ref-1")
    }

    @Test(arguments: [1, 7, 14])
    func cancelAtAnyPointStopsThePollsAndSettlesTheAttempt(afterPolls: Int) async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.awaitingBuyer], abandonState: .canceled))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQR(amount: fixture.yen(500), description: nil, gateway: .motp, brand: .wechatPay)
        let waiting = Task { await fixture.service.wait(for: payment) }
        for _ in 0..<afterPolls {
            await fixture.clock.waitForSleepers(1)
            await fixture.clock.advance(by: .seconds(3))
        }
        await fixture.clock.waitForSleepers(1)
        waiting.cancel()
        guard case .stillWaiting(let stopped) = await waiting.value else {
            Issue.record("a cancelled wait must hand the payment back")
            return
        }
        let outcome = await fixture.service.cancel(stopped)
        #expect(outcome == .canceled(try #require(try await fixture.journal.attempt(payment.orderNumber))))
        #expect(fixture.gateway.calls.statuses == afterPolls)
        #expect(fixture.gateway.calls.abandons == 1)
        #expect(fixture.clock.sleeperCount == 0)
    }

    @Test func cancelThatFindsItPaidReportsPaid() async throws {
        let gateway = ScriptedGateway(script: .init(statusSequence: [.awaitingBuyer], abandonState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let payment = try await fixture.service.startQR(amount: fixture.yen(500), description: nil, gateway: .motp, brand: .wechatPay)
        guard case .paid = await fixture.service.cancel(payment) else {
            Issue.record("a payment found paid at cancel is paid")
            return
        }
    }

    @Test func cancelWhileTheGatewayCanStillCompleteLeavesItUnconfirmed() async throws {
        let fixture = try CheckoutFixture()
        let payment = try await fixture.service.startQR(amount: fixture.yen(500), description: nil, gateway: .motp, brand: .wechatPay)
        let outcome = await fixture.service.cancel(payment)
        #expect(outcome.attempt.state == .unconfirmed)
        #expect(try await fixture.journal.unresolvedAttempts().map(\.orderNumber) == [payment.orderNumber])
    }
}
