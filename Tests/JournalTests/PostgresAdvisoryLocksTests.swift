import Foundation
import Testing
import TillTesting
@testable import Journal

/// The store's order locks on a real PostgreSQL server (scripts/test's PostgreSQL round): one lane's
/// lock keeps the others out until it lets go, and a process does not take its own lock twice.
@Suite(.enabled(if: TestJournal.onPostgres, "needs TILL_TEST_POSTGRES_URL (scripts/test starts the server)"))
struct PostgresAdvisoryLocksTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-locks-\(UUID().uuidString)")

    func address() throws -> PostgresAddress { try TestJournal.postgresAddress(folder.appendingPathComponent("j").path) }

    @Test func oneLaneAtATimeHoldsAnOrder() throws {
        let address = try address()
        let laneA = try PostgresAdvisoryLocks(address: address)
        let laneB = try PostgresAdvisoryLocks(address: address)
        #expect(laneA.tryLock("order:T1"))
        #expect(!laneB.tryLock("order:T1"), "another lane holds it")
        #expect(!laneA.tryLock("order:T1"), "this process holds it already")
        #expect(laneB.tryLock("order:T2"), "another order is free")
        laneA.unlock("order:T1")
        #expect(laneB.tryLock("order:T1"))
    }

    @Test func aClosedSessionLetsItsLocksGo() throws {
        let address = try address()
        var laneA: PostgresAdvisoryLocks? = try PostgresAdvisoryLocks(address: address)
        let laneB = try PostgresAdvisoryLocks(address: address)
        #expect(laneA?.tryLock("order:T3") == true)
        #expect(!laneB.tryLock("order:T3"))
        laneA = nil
        #expect(TestJournal.soon { laneB.tryLock("order:T3") }, "freed once the closed session's backend has ended")
    }

    @Test func theKeysOfDifferentOrdersDiffer() {
        let keys = Set((0..<10_000).map { PostgresAdvisoryLocks.key("order:T\($0)") })
        #expect(keys.count == 10_000 && !keys.contains(PostgresJournalConnection.writerLock))
    }
}
