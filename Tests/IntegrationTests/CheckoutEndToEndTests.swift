import Checkout
import Foundation
import Gateways
import Journal
import Sandbox
import Testing
import TillCore
import TillTesting

@Suite("Checkout end to end: journal file, MOTP connector, live sandbox", .timeLimit(.minutes(1)))
struct CheckoutEndToEndTests {
    @Test func aQRSalePaidByTheSimulatedBuyerIsPaidOnceAndOnRecord() async throws {
        let sandbox = try LiveSandbox()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-integ-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let journalPath = folder.appendingPathComponent("journal.sqlite").path
        let journal = try JournalStore(path: journalPath)
        let clock = ManualClock()
        let order = MerchantOrderNumber(rawValue: "T20261122\(UUID().uuidString.prefix(8).filter(\.isHexDigit))")
        let service = CheckoutService(
            context: CheckoutContext(
                journal: journal, gateways: GatewayDirectory([sandbox.motp()]), clock: clock,
                wallClock: { Date(timeIntervalSince1970: 1_795_000_000) }, makeOrderNumber: { _ in order }))
        let amount = Money(minorUnits: 1234, currency: sandbox.usd)
        let payment = try await service.startQR(amount: amount, description: "Coffee", gateway: .motp, brand: .wechatPay)
        #expect(payment.qrPayload?.hasPrefix("weixin://") == true)
        #expect(payment.attempt.state == .awaitingBuyer)

        let waiting = Task { await service.wait(for: payment) }
        for _ in 0..<2 {
            await clock.waitForSleepers(1)
            await clock.advance(by: .seconds(3))
        }
        await clock.waitForSleepers(1)
        try await sandbox.buyer(.pay, order.rawValue)
        await clock.advance(by: .seconds(3))
        let result = await waiting.value
        guard case .finished(.paid(let attempt)) = result else {
            Issue.record("expected paid, got \(result)\n\(sandbox.transport.trace)")
            return
        }
        #expect(attempt.orderNumber == order)
        #expect(clock.now.offset == .seconds(9))
        #expect(sandbox.transport.count("POST", "/api/payment-status") == 3)
        #expect(sandbox.transport.count("POST", "/api/native-pay") == 1)
        let rows = try await sandbox.payments()
        #expect(rows.map(\.reference) == [order.rawValue])
        #expect(rows.first?.state == "SUCCESS")
        #expect(rows.first?.amountMinor == 1234)

        // A second store opened on the same file reads the same history: it is really on disk.
        let reopened = try JournalStore(path: journalPath)
        #expect(try await reopened.transitions(order).map(\.to) == [.created, .awaitingBuyer, .processing, .succeeded])
        #expect(try await reopened.unresolvedAttempts().isEmpty)
    }

    @Test func aQuickPayWhileTheBuyerEntersAPINIsPaidOnTheSecondPoll() async throws {
        let sandbox = try LiveSandbox()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-integ-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try JournalStore(path: folder.appendingPathComponent("journal.sqlite").path)
        let clock = ManualClock()
        let order = MerchantOrderNumber(rawValue: "T20261122\(UUID().uuidString.prefix(8).filter(\.isHexDigit))")
        let service = CheckoutService(
            context: CheckoutContext(
                journal: journal, gateways: GatewayDirectory([sandbox.motp()]), clock: clock,
                wallClock: { Date(timeIntervalSince1970: 1_795_000_000) }, makeOrderNumber: { _ in order }))
        // Buyer code ending in 1: USERPAYING, one more USERPAYING, then SUCCESS.
        let payment = try await service.startQuickPay(
            amount: Money(minorUnits: 880, currency: sandbox.usd), description: nil, buyerCode: "134567890123456781")
        #expect(payment.attempt.state == .processing)
        let waiting = Task { await service.wait(for: payment) }
        for _ in 0..<2 {
            await clock.waitForSleepers(1)
            await clock.advance(by: .seconds(3))
        }
        guard case .finished(.paid) = await waiting.value else {
            Issue.record("expected paid\n\(sandbox.transport.trace)")
            return
        }
        #expect(sandbox.transport.count("POST", "/api/quick-pay") == 1)
        #expect(sandbox.transport.count("POST", "/api/payment-status") == 2)
        #expect(try await journal.transitions(order).map(\.to) == [.created, .processing, .succeeded])
        #expect(try await sandbox.payments().map(\.state) == ["SUCCESS"])
    }
}
