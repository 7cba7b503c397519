import Foundation
import Journal
import Testing
import TillCore
import TillTesting
@testable import Checkout

/// The store's one reconciler on a real PostgreSQL server (scripts/test's PostgreSQL round): one
/// process leads and keeps the lead; the others stand by, claiming nothing, until its session ends.
@Suite(.enabled(if: TestJournal.onPostgres, "needs TILL_TEST_POSTGRES_URL (scripts/test starts the server)"))
struct ReconcilerLeadershipTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-leader-\(UUID().uuidString)")

    func address() throws -> PostgresAddress { try TestJournal.postgresAddress(folder.appendingPathComponent("j").path) }

    @Test func oneLeadsTheOthersStandByUntilItsSessionEnds() throws {
        let address = try address()
        let counterLead = ReconcilerLeadership(locks: try PostgresAdvisoryLocks(address: address))
        let order = MerchantOrderNumber(rawValue: "T1")
        do {
            // The store server's session, closed at the end of this block as when its process ends.
            let storeLead = ReconcilerLeadership(locks: try PostgresAdvisoryLocks(address: address))
            #expect(storeLead.leads)
            #expect(storeLead.leads, "the leader keeps the lead pass after pass")
            #expect(!counterLead.leads)
            #expect(counterLead.claims(SkippingOrders([])).claim(order) == nil, "a standing-by reconciler claims nothing")
            #expect(storeLead.claims(SkippingOrders([])).claim(order) != nil)
        }
        #expect(TestJournal.soon { counterLead.leads }, "the lead is taken once the leader's session ends")
        #expect(counterLead.claims(SkippingOrders([])).claim(order) != nil)
    }

    @Test func aCounterAloneAlwaysLeads() {
        #expect(ReconcilerLeadership(locks: nil).leads)
    }
}
