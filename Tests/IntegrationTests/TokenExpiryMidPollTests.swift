import Checkout
import Foundation
import Gateways
import Journal
import Sandbox
import Testing
import TillCore
import TillTesting

/// MOTP's token lasts 60 s, longer than one 45 s wait but not than two: a wait that goes on past it
/// must log in again between polls and carry on, never giving the payment up.
@Suite("Checkout: MOTP token expiry mid-poll", .timeLimit(.minutes(1)))
struct TokenExpiryMidPollTests {
    @Test(arguments: [false, true])
    func aTokenThatExpiresBetweenTwoPollsIsReplacedAndTheWaitEndsPaid(connectorNoticesExpiry: Bool) async throws {
        let sandbox = try LiveSandbox()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-integ-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try JournalStore(path: folder.appendingPathComponent("journal.sqlite").path)
        let clock = ManualClock()
        let order = orderNumber("TE")
        // Frozen: the connector believes its token fresh and learns otherwise from the 401.
        let frozen = sandbox.clock.now
        let motp = connectorNoticesExpiry ? sandbox.motp() : sandbox.motp(now: { frozen })
        let service = CheckoutService(
            context: CheckoutContext(
                journal: journal, gateways: GatewayDirectory([motp]), clock: clock,
                wallClock: { Date(timeIntervalSince1970: 1_795_000_000) }, makeOrderNumber: { _ in order }))
        let payment = try await service.startQR(
            amount: Money(minorUnits: 900, currency: sandbox.usd), description: nil, gateway: .motp, brand: .wechatPay)
        let waiting = Task { await service.wait(for: payment) }
        await clock.waitForSleepers(1)
        await clock.advance(by: .seconds(3))
        await clock.waitForSleepers(1)
        #expect(sandbox.transport.count("POST", "/api/token") == 1)
        // Between the first and the second poll the token runs out and the buyer pays.
        sandbox.clock.advance(seconds: 61)
        try await sandbox.buyer(.pay, order.rawValue)
        await clock.advance(by: .seconds(3))
        guard case .finished(.paid(let attempt)) = await waiting.value else {
            Issue.record("expected paid after a new token\n\(sandbox.transport.trace)")
            return
        }
        #expect(attempt.state == .succeeded)
        #expect(sandbox.transport.count("POST", "/api/token") == 2, "\(sandbox.transport.trace)")
        #expect(sandbox.transport.count("POST", "/api/payment-status") == (connectorNoticesExpiry ? 2 : 3), "\(sandbox.transport.trace)")
        #expect(try await journal.transitions(order).map(\.to) == [.created, .awaitingBuyer, .processing, .succeeded])
        #expect(try await sandbox.payments().filter { $0.reference == order.rawValue }.map(\.state) == ["SUCCESS"])
    }
}
