import Foundation
import Journal
import Testing
import TillCore
import TillTesting

/// `till journal handle ORDER --note TEXT`: the counter's `h` from the command line.
@Suite("till journal handle")
struct JournalHandleCommandTests {
    let yen = Currency(code: "JPY")!
    let folder = TillBinary.temporaryFolder()
    let order = MerchantOrderNumber(rawValue: "T20261122000000FLAGGD")
    var path: String { folder.appendingPathComponent("journal.sqlite").path }

    /// A late payment at a gateway without refunds, flagged for the manager.
    func seed() async throws -> JournalStore {
        let store = try JournalStore(path: path)
        let time = Date(timeIntervalSince1970: 1_795_000_000)
        let sale = try await store.createSale(amount: Money(minorUnits: 980, currency: yen), description: nil, at: time)
        try await store.recordAttempt(PaymentAttempt(
            orderNumber: order, saleID: sale.id, gateway: .tapin, brand: .tapinLink, kind: .qr, amount: sale.amount,
            createdAt: time))
        try await store.move(order, to: .succeeded, at: time)
        try await store.flag(order, attention: "Paid after the cashier gave up", at: time)
        return store
    }

    @Test func aNoteIsJournaledWithWhoAndASecondMarkIsRefused() async throws {
        let store = try await seed()
        let done = try TillBinary.run(
            ["journal", "handle", order.rawValue, "--note", "Goods handed over", "--journal", path], environment: ["USER": "alice"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.hasPrefix("Order T20261122000000FLAGGD is marked as handled: "))
        #expect(done.stdout.hasSuffix(" by alice: Goods handed over\n"))
        let marks = try await store.handledMarks(of: order)
        #expect(marks.map(\.person) == ["alice"])
        #expect(marks.map(\.note) == ["Goods handed over"])
        #expect(marks.map(\.attention) == ["Paid after the cashier gave up"])

        let shown = try TillBinary.run(["journal", "show", order.rawValue, "--journal", path])
        #expect(shown.stdout.contains("  by alice: Goods handed over\n"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Handled    20"))

        let again = try TillBinary.run(["journal", "handle", order.rawValue, "--note", "Again", "--journal", path])
        #expect(again.status == 2)
        #expect(again.stderr.hasPrefix("Order T20261122000000FLAGGD is already handled: "))
        #expect(try await store.handledMarks(of: order).count == 1)
    }

    @Test func anEmptyNoteAndAnUnknownOrderAreExitTwoWithOneSentence() async throws {
        let store = try await seed()
        let empty = try TillBinary.run(["journal", "handle", order.rawValue, "--note", "  ", "--journal", path])
        #expect(empty.status == 2)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr == "Write a note first: what was done or found (the journal keeps it with your name)\n")
        let unknown = try TillBinary.run(["journal", "handle", "T0", "--note", "x", "--journal", path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "No payment with order number T0 is in the journal. Check the number with `till journal list`.\n")
        let missing = try TillBinary.run(["journal", "handle", order.rawValue, "--journal", path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--note"))
        #expect(try await store.handledMarks(of: order).isEmpty)
    }
}
