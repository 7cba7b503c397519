import TillTesting
import Foundation
import Testing
import TillCore

@testable import Journal

/// Searching the journal over days: each condition alone and together, on a real SQLite file.
@Suite struct AttemptFilterTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-search-\(UUID().uuidString)")
    let yen = Currency(code: "JPY")!
    let day = 86_400.0
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// Three days of attempts: (order, days after `start`, amount, brand, gateway).
    func journal() async throws -> JournalStore {
        let store = try TestJournal.open(folder.appendingPathComponent("journal.sqlite").path)
        let rows: [(String, Double, Int64, Brand, GatewayID)] = [
            ("T1-COFFEE", 0, 1200, .wechatPay, .takemepay), ("T2-TEA", 0.5, 500, .alipay, .motp),
            ("T3-COFFEE", 1, 1200, .alipay, .motp), ("T4_50%", 2, 980, .wechatPay, .pomelo),
        ]
        for (order, days, amount, brand, gateway) in rows {
            let time = start.addingTimeInterval(days * day)
            let sale = try await store.createSale(amount: Money(minorUnits: amount, currency: yen), description: nil, at: time)
            try await store.recordAttempt(PaymentAttempt(
                orderNumber: MerchantOrderNumber(rawValue: order), saleID: sale.id, gateway: gateway, brand: brand, kind: .qr,
                amount: sale.amount, createdAt: time))
        }
        return store
    }

    func orders(_ store: JournalStore, _ filter: AttemptFilter, limit: Int? = nil) async throws -> [String] {
        try await store.attempts(matching: filter, limit: limit).map(\.orderNumber.rawValue)
    }

    @Test func noConditionKeepsEverythingNewestFirst() async throws {
        let store = try await journal()
        #expect(try await orders(store, AttemptFilter()) == ["T4_50%", "T3-COFFEE", "T2-TEA", "T1-COFFEE"])
        #expect(try await orders(store, AttemptFilter(), limit: 2) == ["T4_50%", "T3-COFFEE"])
    }

    @Test func aDateRangeKeepsItsStartAndNotItsEnd() async throws {
        let store = try await journal()
        let range = AttemptFilter(from: start.addingTimeInterval(0.5 * day), until: start.addingTimeInterval(2 * day))
        #expect(try await orders(store, range) == ["T3-COFFEE", "T2-TEA"])
    }

    @Test func eachConditionAloneAndTogether() async throws {
        let store = try await journal()
        #expect(try await orders(store, AttemptFilter(amount: Money(minorUnits: 1200, currency: yen))) == ["T3-COFFEE", "T1-COFFEE"])
        #expect(try await orders(store, AttemptFilter(orderContains: "coffee")) == ["T3-COFFEE", "T1-COFFEE"])
        #expect(try await orders(store, AttemptFilter(orderContains: "_50%")) == ["T4_50%"], "no LIKE wildcards")
        #expect(try await orders(store, AttemptFilter(orderContains: "%")) == ["T4_50%"])
        #expect(try await orders(store, AttemptFilter(brand: .alipay)) == ["T3-COFFEE", "T2-TEA"])
        #expect(try await orders(store, AttemptFilter(gateway: .motp)) == ["T3-COFFEE", "T2-TEA"])
        let both = AttemptFilter(amount: Money(minorUnits: 1200, currency: yen), brand: .alipay, gateway: .motp)
        #expect(try await orders(store, both) == ["T3-COFFEE"])
        #expect(try await orders(store, AttemptFilter(amount: Money(minorUnits: 1200, currency: Currency(code: "USD")!))) == [])
    }

    @Test func theCurrenciesInTheJournal() async throws {
        #expect(try await journal().currencies() == [yen])
    }
}

/// The search by receipt number and by cashier.
@Suite("Attempt filter: receipts and cashiers")
struct AttemptFilterShopTests {
    @Test func aReceiptNumberOrACashierFindsThePayment() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-filter-\(UUID().uuidString)")
        let store = try TestJournal.open(folder.appendingPathComponent("journal.sqlite").path)
        let yen = Currency(code: "JPY")!, start = Date(timeIntervalSince1970: 1_795_000_000)
        var orders: [MerchantOrderNumber] = []
        for (index, cashier) in ["Aiko", "Ken"].enumerated() {
            _ = try await store.openShift(cashier: cashier, float: .zero(yen), at: start)
            let sale = try await store.createSale(amount: Money(minorUnits: 100, currency: yen), description: nil, at: start)
            let order = MerchantOrderNumber(rawValue: "T\(index)")
            try await store.recordAttempt(PaymentAttempt(
                orderNumber: order, saleID: sale.id, gateway: .motp, brand: .alipay, kind: .qr, amount: sale.amount, createdAt: start))
            try await store.move(order, to: .succeeded, at: start)
            _ = try await store.closeShift(counted: .zero(yen), at: start)
            orders.append(order)
        }
        #expect(try await store.attempts(matching: AttemptFilter(receipt: 2)).map(\.orderNumber) == [orders[1]])
        #expect(try await store.attempts(matching: AttemptFilter(cashier: "aiko")).map(\.orderNumber) == [orders[0]])
        #expect(try await store.attempts(matching: AttemptFilter(receipt: 3)).isEmpty)
    }
}
