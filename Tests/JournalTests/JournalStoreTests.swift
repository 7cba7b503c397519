import TillTesting
import Foundation
import Testing
import TillCore
@testable import Journal

/// Every test opens a real SQLite file in a fresh temporary folder.
@Suite("Journal store")
struct JournalStoreTests {
    let folder: URL
    let yen = Currency(code: "JPY")!
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-journal-\(UUID().uuidString)")
    }

    func open() throws -> JournalStore { try TestJournal.open(folder.appendingPathComponent("sub/journal.sqlite").path) }

    func newAttempt(_ store: JournalStore, order: String = "T20261122000000AAAAAA", amount: Int64 = 1500) async throws -> PaymentAttempt {
        let sale = try await store.createSale(amount: Money(minorUnits: amount, currency: yen), description: "Coffee", at: start)
        let attempt = PaymentAttempt(
            orderNumber: MerchantOrderNumber(rawValue: order), saleID: sale.id, gateway: .takemepay, brand: .wechatPay,
            kind: .qr, amount: sale.amount, createdAt: start)
        try await store.recordAttempt(attempt)
        return attempt
    }

    @Test(.enabled(if: !TestJournal.onPostgres, "a file's own mode")) func createsFolderFileAndWALMode() async throws {
        let store = try open()
        _ = try await newAttempt(store)
        let path = folder.appendingPathComponent("sub/journal.sqlite").path
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try await store.inspect("PRAGMA journal_mode").first?.text("journal_mode")
        #expect(mode == "wal")
    }

    @Test func attemptIsStoredBeforeAnyTransitionAndSurvivesReopen() async throws {
        let attempt = try await newAttempt(try open())
        let reopened = try open()
        let stored = try await reopened.attempt(attempt.orderNumber)
        #expect(stored == attempt)
        #expect(try await reopened.unresolvedAttempts().map(\.orderNumber) == [attempt.orderNumber])
    }

    @Test func duplicateOrderNumberIsRefused() async throws {
        let store = try open()
        let attempt = try await newAttempt(store)
        await #expect(throws: JournalError.self) { try await store.recordAttempt(attempt) }
    }

    @Test func transitionsAreStoredWithRawAnswersAndIllegalOnesRefused() async throws {
        let store = try open()
        let attempt = try await newAttempt(store)
        let order = attempt.orderNumber
        try await store.move(order, to: .awaitingBuyer, at: start.addingTimeInterval(1), gatewayReference: "src_1")
        try await store.move(order, to: .awaitingBuyer, at: start.addingTimeInterval(4))  // a repeated poll: no new row
        try await store.move(order, to: .succeeded, at: start.addingTimeInterval(7), raw: GatewayRawError(code: "chargeable"))
        await #expect(throws: JournalError.illegalTransition(order: order.rawValue, from: "succeeded", to: "failed")) {
            try await store.move(order, to: .failed, at: start.addingTimeInterval(9))
        }
        let transitions = try await store.transitions(order)
        #expect(transitions.map(\.to) == [.created, .awaitingBuyer, .succeeded])
        #expect(transitions.map(\.from) == [nil, .created, .awaitingBuyer])
        #expect(transitions.last?.rawCode == "chargeable")
        #expect(transitions.last?.at == start.addingTimeInterval(7))
        let stored = try #require(try await store.attempt(order))
        #expect(stored.state == .succeeded)
        #expect(stored.gatewayReference == "src_1")
        #expect(try await store.unresolvedAttempts().isEmpty)
    }

    @Test func unknownOrderIsAClearError() async throws {
        let store = try open()
        await #expect(throws: JournalError.unknownOrder("T0")) {
            try await store.move(MerchantOrderNumber(rawValue: "T0"), to: .failed, at: start)
        }
    }

    @Test func refundsNeverExceedWhatWasPaid() async throws {
        let store = try open()
        let attempt = try await newAttempt(store, amount: 1000)
        let order = attempt.orderNumber
        await #expect(throws: JournalError.notRefundable(order: order.rawValue, state: "created")) {
            try await store.recordRefund(of: order, amount: Money(minorUnits: 100, currency: yen), reason: nil, at: start)
        }
        try await store.move(order, to: .succeeded, at: start)
        let first = try await store.recordRefund(of: order, amount: Money(minorUnits: 600, currency: yen), reason: "chipped cup", at: start)
        #expect(first.refundNumber == "R20261122000000AAAAAA-1")
        await #expect(throws: JournalError.refundTooLarge(order: order.rawValue, left: Money(minorUnits: 400, currency: yen))) {
            try await store.recordRefund(of: order, amount: Money(minorUnits: 401, currency: yen), reason: nil, at: start)
        }
        try await store.moveRefund(first.refundNumber, to: .failed, at: start)
        // A failed refund gives nothing back, so the full amount is refundable again.
        let second = try await store.recordRefund(of: order, amount: Money(minorUnits: 1000, currency: yen), reason: nil, at: start)
        #expect(second.refundNumber == "R20261122000000AAAAAA-2")
        #expect(try await store.unresolvedRefunds().map(\.refundNumber) == [second.refundNumber])
        try await store.moveRefund(second.refundNumber, to: .pending, at: start, gatewayReference: "refund_1")
        try await store.moveRefund(second.refundNumber, to: .succeeded, at: start)
        #expect(try await store.refunds(of: order).map(\.state) == [.failed, .succeeded])
        #expect(try await store.refund(second.refundNumber)?.gatewayReference == "refund_1")
    }

    @Test func aNewerSchemaIsRefusedUntouched() async throws {
        let store = try open()
        let newest = try await store.schemaVersions().newest
        _ = try await store.inspect(TestJournal.onPostgres ? "UPDATE journal_schema SET version = 99" : "PRAGMA user_version = 99")
        #expect(throws: JournalError.newerSchema(found: 99, supported: newest)) { try open() }
    }

    @Test func salesByDay() async throws {
        let store = try open()
        _ = try await store.createSale(amount: Money(minorUnits: 5, currency: yen), description: nil, at: start)
        _ = try await store.createSale(amount: Money(minorUnits: 7, currency: yen), description: nil, at: start.addingTimeInterval(86_400))
        let first = try await store.sales(from: start, to: start.addingTimeInterval(86_400))
        #expect(first.map(\.amount.minorUnits) == [5])
    }
}
