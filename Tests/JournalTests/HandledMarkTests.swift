import TillTesting
import Foundation
import Testing
import TillCore
@testable import Journal

/// Handled marks in a real SQLite file, and a journal of the first schema opened by this Till.
@Suite("Journal handled marks")
struct HandledMarkTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-handled-\(UUID().uuidString)")
    let yen = Currency(code: "JPY")!
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let order = MerchantOrderNumber(rawValue: "T20261122000000AAAAAA")
    var path: String { folder.appendingPathComponent("journal.sqlite").path }

    func unconfirmedAttempt(_ store: JournalStore) async throws {
        let sale = try await store.createSale(amount: Money(minorUnits: 820, currency: yen), description: nil, at: start)
        try await store.recordAttempt(PaymentAttempt(
            orderNumber: order, saleID: sale.id, gateway: .tapin, brand: .tapinLink, kind: .qr, amount: sale.amount,
            createdAt: start))
        try await store.move(order, to: .unconfirmed, at: start.addingTimeInterval(50), note: "cancelled by the cashier")
    }

    let asSeen = AttemptAsSeen(state: .unconfirmed, attention: nil)

    @Test func aMarkKeepsNoteWhoWhenAndWhatThePersonSawAcrossAReopen() async throws {
        let store = try TestJournal.open(path)
        try await unconfirmedAttempt(store)
        let time = start.addingTimeInterval(900)
        let mark = try await store.markHandled(order, note: "Buyer left; TapIn shows it unpaid", by: "alice", at: time, seen: asSeen)
        #expect(mark == HandledMark(
            orderNumber: order, note: "Buyer left; TapIn shows it unpaid", person: "alice", at: time, state: .unconfirmed,
            attention: nil))
        try await store.flag(order, attention: "look again", at: time)
        try await store.markHandled(
            order, note: "Looked again", by: "bob", at: time.addingTimeInterval(60),
            seen: AttemptAsSeen(state: .unconfirmed, attention: "look again"))

        let reopened = try TestJournal.open(path)
        let marks = try await reopened.handledMarks(of: order)
        #expect(marks.map(\.person) == ["alice", "bob"])
        #expect(marks.map(\.attention) == [nil, "look again"])
        #expect(marks.first == mark)
        let attempt = try #require(try await reopened.attempt(order))
        #expect(marks.last?.covers(attempt) == true)
        #expect(marks.first?.covers(attempt) == false, "the flag came after alice's mark")
        #expect(attempt.state == .unconfirmed, "a mark is its own record: the attempt's state is untouched")
    }

    @Test func anUnknownOrderAndAnEmptyNoteAreRefusedAndNothingIsStored() async throws {
        let store = try TestJournal.open(path)
        try await unconfirmedAttempt(store)
        await #expect(throws: JournalError.unknownOrder("T0")) {
            try await store.markHandled(MerchantOrderNumber(rawValue: "T0"), note: "x", by: "alice", at: start, seen: asSeen)
        }
        await #expect(throws: JournalError.self) {
            try await store.markHandled(order, note: "   ", by: "alice", at: start, seen: asSeen)
        }
        #expect(try await store.handledMarks(of: order).isEmpty)
    }

    /// The reconciler flagged the attempt while the person typed: nothing is marked, and the flag
    /// still needs them.
    @Test func anAttemptThatChangedSinceThePersonLookedIsNotMarked() async throws {
        let store = try TestJournal.open(path)
        try await unconfirmedAttempt(store)
        try await store.flag(order, attention: "paid after the cashier gave up", at: start.addingTimeInterval(700))
        await #expect(throws: JournalError.changedSinceSeen(order: order.rawValue)) {
            try await store.markHandled(order, note: "Buyer left", by: "alice", at: start.addingTimeInterval(800), seen: asSeen)
        }
        #expect(try await store.handledMarks(of: order).isEmpty)
    }

    @Test func aJournalOfTheFirstSchemaOpensWithItsRecordsAndTakesMarks() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            // The file as the first Till wrote it: schema 1, one sale and one unconfirmed attempt.
            let old = try SQLiteConnection(path: path)
            try old.execute(JournalSchema.migrations[0])
            try old.execute("PRAGMA user_version = 1")
            try old.execute(
                """
                INSERT INTO sales (amount_minor, currency, description, created_at) VALUES (820, 'JPY', 'Tea', 1795000000000);
                INSERT INTO attempts (order_number, sale_id, gateway, brand, kind, amount_minor, currency, state, created_at, updated_at)
                VALUES ('\(order.rawValue)', 1, 'tapin', 'tapin', 'qr', 820, 'JPY', 'unconfirmed', 1795000000000, 1795000050000);
                """)
        }
        let store = try JournalStore(path: path)
        #expect(try await store.inspect("PRAGMA user_version").first?.integer("user_version") == 5)
        #expect(JournalStore.schemaVersion == 5)
        let attempt = try #require(try await store.attempt(order))
        #expect(attempt.state == .unconfirmed)
        #expect(try await store.handledMarks(of: order).isEmpty)
        try await store.markHandled(order, note: "Called TapIn", by: "alice", at: start, seen: asSeen)
        #expect(try await JournalStore(path: path).handledMarks(of: order).map(\.note) == ["Called TapIn"])
    }
}
