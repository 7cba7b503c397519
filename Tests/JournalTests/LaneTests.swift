import Foundation
import Testing
import TillCore
import TillTesting
@testable import Journal

/// A store's lanes in one journal (on SQLite here, on PostgreSQL in scripts/test's second round): each
/// sale and receipt says which lane made it, and the receipt numbers of all lanes run on without a gap.
@Suite("Lanes")
struct LaneTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-lanes-\(UUID().uuidString)")
    let yen = Currency(code: "JPY")!
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func eachReceiptNamesItsLaneAndTheNumbersAreTheStores() async throws {
        let location = try TestJournal.location(folder.appendingPathComponent("journal.sqlite").path)
        let counter1 = try JournalStore(location: location, lane: "counter-1")
        let counter2 = try JournalStore(location: location, lane: "counter-2")
        _ = try await counter1.openShift(cashier: "Aiko", float: .zero(yen), at: start)
        _ = try await counter2.openShift(cashier: "Ken", float: .zero(yen), at: start)
        for (index, lane) in [counter1, counter2, counter1, counter2].enumerated() {
            _ = try await lane.recordTenderPayment(
                .cash, order: MerchantOrderNumber(rawValue: "C\(index)"), amount: Money(minorUnits: 100, currency: yen),
                tendered: nil, reference: nil, description: nil, at: start)
        }
        let receipts = try await (1...4).asyncMap { try await counter1.receipt(number: $0) }
        #expect(receipts.map { $0?.lane } == ["counter-1", "counter-2", "counter-1", "counter-2"])
        #expect(try await counter2.receipt(number: 5) == nil)
        let sale = try await counter2.createSale(amount: Money(minorUnits: 100, currency: yen), description: nil, at: start)
        #expect(try await counter2.inspect("SELECT lane FROM sales WHERE id = \(sale.id)").first?.text("lane") == "counter-2")
    }

    @Test func eachLaneHasItsShiftAndXAndTheStoreAddsThemUp() async throws {
        let location = try TestJournal.location(folder.appendingPathComponent("shifts.sqlite").path)
        let counter1 = try JournalStore(location: location, lane: "counter-1")
        let counter2 = try JournalStore(location: location, lane: "counter-2")
        let aiko = try await counter1.openShift(cashier: "Aiko", float: Money(minorUnits: 1_000, currency: yen), at: start)
        let ken = try await counter2.openShift(cashier: "Ken", float: Money(minorUnits: 500, currency: yen), at: start)
        #expect(aiko.id != ken.id && aiko.lane == "counter-1" && ken.lane == "counter-2")
        await #expect(throws: ShiftError.alreadyOpen(cashier: "Aiko", id: aiko.id)) {
            _ = try await counter1.openShift(cashier: "Mei", float: .zero(yen), at: start)
        }
        for (index, (lane, amount)) in [(counter1, 100), (counter2, 250), (counter2, 50)].enumerated() {
            _ = try await lane.recordTenderPayment(
                .cash, order: MerchantOrderNumber(rawValue: "C\(index)"), amount: Money(minorUnits: Int64(amount), currency: yen),
                tendered: nil, reference: nil, description: nil, at: start)
        }
        let x1 = try await counter1.xReport(currency: yen)
        let x2 = try await counter2.xReport(currency: yen)
        let store = try await counter1.xReport(currency: yen, wholeStore: true)
        #expect(x1.sales.total == "100" && x1.cash.expected == "1100" && x1.shift.cashier == "Aiko")
        #expect(x2.sales.total == "300" && x2.cash.expected == "800" && x2.shift.cashier == "Ken")
        #expect(store.sales.total == "400" && store.sales.count == 3 && store.cash.expected == "1900")
        let z = try await counter1.closeShift(counted: Money(minorUnits: 1_100, currency: yen), at: start.addingTimeInterval(60))
        #expect(z.sales.total == "100" && z.shift.cashier == "Aiko")
        #expect(try await counter2.currentShift()?.id == ken.id, "closing one lane's shift leaves the others open")
        #expect(try await counter1.currentShift() == nil)
        #expect(try await counter2.xReport(currency: yen, wholeStore: true).sales.total == "300")
    }

    @Test func aLanesShiftClosesOverItsOwnPaymentsOnly() async throws {
        let location = try TestJournal.location(folder.appendingPathComponent("close.sqlite").path)
        let counter1 = try JournalStore(location: location, lane: "counter-1")
        let counter2 = try JournalStore(location: location, lane: "counter-2")
        _ = try await counter1.openShift(cashier: "Aiko", float: .zero(yen), at: start)
        _ = try await counter2.openShift(cashier: "Ken", float: .zero(yen), at: start)
        let sale = try await counter2.createSale(amount: Money(minorUnits: 500, currency: yen), description: nil, at: start)
        let waiting = MerchantOrderNumber(rawValue: "T-waiting")
        try await counter2.recordAttempt(PaymentAttempt(
            orderNumber: waiting, saleID: sale.id, gateway: .motp, brand: .alipay, kind: .qr, amount: sale.amount, createdAt: start))
        #expect(try await counter1.xReport(currency: yen).unresolved == 0)
        #expect(try await counter2.xReport(currency: yen).unresolved == 1)
        #expect(try await counter1.xReport(currency: yen, wholeStore: true).unresolved == 1)
        _ = try await counter1.closeShift(counted: .zero(yen), at: start)
        await #expect(throws: ShiftError.unresolvedAtClose([waiting.rawValue])) {
            _ = try await counter2.closeShift(counted: .zero(yen), at: start)
        }
    }

    @Test func theStoresDayClosesEveryLaneAtOnceOrNone() async throws {
        let location = try TestJournal.location(folder.appendingPathComponent("day.sqlite").path)
        let counter1 = try JournalStore(location: location, lane: "counter-1")
        let counter2 = try JournalStore(location: location, lane: "counter-2")
        for (lane, cashier) in [(counter1, "Aiko"), (counter2, "Ken")] {
            _ = try await lane.openShift(cashier: cashier, float: Money(minorUnits: 1_000, currency: yen), at: start)
            _ = try await lane.recordTenderPayment(
                .cash, order: MerchantOrderNumber(rawValue: "C-\(cashier)"), amount: Money(minorUnits: 300, currency: yen),
                tendered: nil, reference: nil, description: nil, at: start)
        }
        let counted = ["counter-1": Money(minorUnits: 1_300, currency: yen)]
        await #expect(throws: ShiftError.uncountedLanes(["counter-2"])) {
            _ = try await counter1.closeStoreDay(counted: counted, at: start)
        }
        #expect(try await counter1.openShifts().count == 2, "nothing closed")
        var all = counted
        all["counter-2"] = Money(minorUnits: 1_250, currency: yen)
        let zs = try await counter2.closeStoreDay(counted: all, at: start.addingTimeInterval(60))
        #expect(zs.map(\.number) == [1, 2] && zs.map(\.shift.cashier) == ["Aiko", "Ken"])
        #expect(zs.map(\.sales.total) == ["300", "300"] && zs.map(\.cash.variance) == ["0", "-50"])
        #expect(try await counter1.openShifts().isEmpty)
        #expect(try await counter1.verifyReports().isEmpty)
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
