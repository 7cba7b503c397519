import Checkout
import Foundation
import Testing
import TillCore

/// The counter's hook: the orders its screens wait on, skipped by its reconciler and locked for others.
@Suite("Screen orders and the counter's claims")
struct ScreenOrdersTests {
    let locks = OrderLocks(folder: FileManager.default.temporaryDirectory.appendingPathComponent("till-screen-\(UUID().uuidString)"))
    let order = MerchantOrderNumber(rawValue: "T20261122000000SCREEN")
    let other = MerchantOrderNumber(rawValue: "T20261122000000OTHERS")

    @Test func anOrderOnTheScreenIsLockedForOthersAndSkippedHereUntilItEnds() throws {
        let screen = ScreenOrders(locks: locks)
        let claims = CounterClaims(screen: screen, locks: locks)
        screen.begin(order)
        screen.begin(order)
        #expect(screen.orders == [order])
        #expect(claims.claim(order) == nil, "this process's reconciler leaves it alone")
        #expect(try locks.lock(order) == nil, "another process's reconciler finds it locked")
        screen.end(order)
        #expect(!screen.contains(order))
        #expect(!FileManager.default.fileExists(atPath: locks.path(of: order)), "its lock file goes with it")
        let claim = try #require(claims.claim(order))
        #expect(try locks.lock(order) == nil, "held by the reconciler while it settles")
        claim.release()
        #expect(try locks.lock(order) != nil)
    }

    @Test func endAllLetsEveryOrderGo() throws {
        let screen = ScreenOrders(locks: locks)
        screen.begin(order)
        screen.begin(other)
        screen.endAll()
        #expect(screen.orders.isEmpty)
        #expect(try locks.lock(order) != nil)
        #expect(try locks.lock(other) != nil)
    }

    @Test func ordersTheJournalHoldsAsFinalAreEndedOpenOnesKept() async throws {
        let gateway = ScriptedGateway(script: .init(quickPayState: .succeeded))
        let fixture = try CheckoutFixture(gateway: gateway)
        let paid = try await fixture.service.startQuickPay(amount: fixture.yen(500), description: nil, buyerCode: "134567890123456789")
        let open = try await fixture.service.startQR(amount: fixture.yen(600), description: nil, gateway: .motp, brand: .wechatPay)
        let screen = ScreenOrders(locks: locks)
        screen.begin(paid.orderNumber)
        screen.begin(open.orderNumber)
        await screen.endFinished(in: fixture.journal)
        #expect(screen.orders == [open.orderNumber])
        #expect(try locks.lock(paid.orderNumber) != nil)
        #expect(try locks.lock(open.orderNumber) == nil)
    }

    @Test func withoutAUsableLockFolderTheScreenStillGuardsItsOrders() {
        let screen = ScreenOrders(locks: OrderLocks(folder: URL(fileURLWithPath: "/proc/till-no-such-folder")))
        screen.begin(order)
        #expect(screen.contains(order))
        #expect(CounterClaims(screen: screen, locks: locks).claim(order) == nil)
        screen.end(order)
        #expect(!screen.contains(order))
    }
}
