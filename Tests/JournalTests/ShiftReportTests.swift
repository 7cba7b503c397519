import TillTesting
import Foundation
import Testing
import TillCore
@testable import Journal

/// A shop's day on a real SQLite file: shifts, every tender, refunds, cash paid in and out, and the
/// X and Z reports, figure by figure; then the Z chain against edits made by hand.
@Suite("Shift reports")
struct ShiftReportTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-shift-\(UUID().uuidString)")
    let yen = Currency(code: "JPY")!
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func open() throws -> JournalStore { try TestJournal.open(folder.appendingPathComponent("journal.sqlite").path) }
    func yen(_ amount: Int64) -> Money { Money(minorUnits: amount, currency: yen) }
    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    /// A gateway payment stored and moved to `state` (succeeded unless told).
    @discardableResult
    func gatewaySale(
        _ store: JournalStore, _ order: String, _ amount: Int64, brand: Brand = .wechatPay, gateway: GatewayID = .takemepay,
        kind: PaymentKind = .qr, state: AttemptState = .succeeded
    ) async throws -> MerchantOrderNumber {
        let sale = try await store.createSale(amount: yen(amount), description: nil, at: at(1))
        let number = MerchantOrderNumber(rawValue: order)
        try await store.recordAttempt(PaymentAttempt(
            orderNumber: number, saleID: sale.id, gateway: gateway, brand: brand, kind: kind, amount: yen(amount), createdAt: at(1)))
        if state != .created { try await store.move(number, to: state, at: at(2)) }
        return number
    }

    func refund(_ store: JournalStore, _ order: MerchantOrderNumber, _ amount: Int64, reason: String? = nil) async throws {
        let refund = try await store.recordRefund(of: order, amount: yen(amount), reason: reason, at: at(3))
        try await store.moveRefund(refund.refundNumber, to: .succeeded, at: at(4))
    }

    /// The day of the issue: float 10,000; QR 1,200 (refunded 200), QuickPay 800 (Alipay, refunded in
    /// full), cash 500 tendered 1,000 (refunded 100 in cash), other 3,000; a late payment of 700
    /// refunded by the reconciler; paid in 2,000, paid out 300; one failed and one unresolved attempt.
    func scriptedDay(_ store: JournalStore) async throws -> MerchantOrderNumber {
        _ = try await store.openShift(cashier: "Aiko", float: yen(10_000), at: at(0))
        let qr = try await gatewaySale(store, "T1", 1_200)
        try await refund(store, qr, 200)
        let quick = try await gatewaySale(store, "T2", 800, brand: .alipay, gateway: .pomelo, kind: .quickPay)
        try await refund(store, quick, 800)
        let cash = MerchantOrderNumber(rawValue: "C1")
        _ = try await store.recordTenderPayment(
            .cash, order: cash, amount: yen(500), tendered: yen(1_000), reference: nil, description: "Tea", at: at(5))
        try await store.recordTenderRefund(of: cash, amount: yen(100), reason: "broken cup", at: at(6))
        _ = try await store.recordTenderPayment(
            .other, order: MerchantOrderNumber(rawValue: "O1"), amount: yen(3_000), tendered: nil, reference: "CARD-77",
            description: nil, at: at(7))
        let late = try await gatewaySale(store, "T3", 700, gateway: .motp, state: .unconfirmed)
        try await store.move(late, to: .succeeded, at: at(8), note: "settled by the reconciler")
        try await store.flag(late, attention: JournalStore.lateRefundReason, at: at(8))
        try await refund(store, late, 700, reason: JournalStore.lateRefundReason)
        try await gatewaySale(store, "T4", 900, state: .failed)
        _ = try await store.recordCashMovement(.paidIn, amount: yen(2_000), reason: "change from the bank", at: at(9))
        _ = try await store.recordCashMovement(.paidOut, amount: yen(300), reason: "milk", at: at(10))
        return try await gatewaySale(store, "T5", 400, state: .awaitingBuyer)
    }

    @Test func xReportAddsUpEveryTenderExactly() async throws {
        let store = try open()
        _ = try await scriptedDay(store)
        let x = try await store.xReport(currency: yen)
        #expect(x.kind == "x" && x.number == nil && x.currency == "JPY")
        #expect(x.sales == .init(count: 5, total: "6200"))  // 1200 + 800 + 500 + 3000 + 700
        #expect(x.refunds == .init(count: 4, total: "1800"))  // 200 + 800 + 100 + 700
        #expect(x.automaticRefunds == .init(count: 1, total: "700"))
        #expect(x.flagged == ["T3"], "the late payment is flagged; the failed and unresolved ones are not")
        #expect(x.net == "4400")
        #expect(x.byTender["qr"] == .init(sales: .init(count: 2, total: "1900"), refunds: .init(count: 2, total: "900"), net: "1000"))
        #expect(x.byTender["quickpay"]?.net == "0")
        #expect(x.byTender["cash"] == .init(sales: .init(count: 1, total: "500"), refunds: .init(count: 1, total: "100"), net: "400"))
        #expect(x.byTender["other"]?.sales.total == "3000")
        #expect(x.byBrand["alipay"]?.sales.total == "800" && x.byBrand["wechatpay"]?.sales.total == "1900")
        #expect(x.byGateway["motp"]?.net == "0" && x.byGateway["takemepay"]?.net == "1000")
        #expect(x.paidIn == .init(count: 1, total: "2000") && x.paidOut == .init(count: 1, total: "300"))
        #expect(x.cash.float == "10000" && x.cash.expected == "12100")  // 10000 + 500 - 100 + 2000 - 300
        #expect(x.cash.counted == nil && x.cash.variance == nil)
        #expect(x.unresolved == 1 && x.shift.cashier == "Aiko")
        #expect(x.previousHash == ReportChain.genesis && x.hash == nil)
    }

    @Test func unresolvedPaymentsHoldTheCloseUntilAManagerAcknowledgesEach() async throws {
        let store = try open()
        let open = try await scriptedDay(store)
        await #expect(throws: ShiftError.unresolvedAtClose([open.rawValue])) {
            _ = try await store.closeShift(counted: yen(12_000), at: at(20))
        }
        await #expect(throws: ShiftError.unresolvedAtClose([open.rawValue])) {
            _ = try await store.closeShift(counted: yen(12_000), acknowledging: [open], manager: " ", at: at(20))
        }
        #expect(try await store.currentShift() != nil)  // nothing closed, nothing numbered
        let z = try await store.closeShift(counted: yen(12_000), acknowledging: [open], manager: "Ken", at: at(20))
        #expect(z.kind == "z" && z.number == 1 && z.cash.counted == "12000" && z.cash.variance == "-100")
        #expect(z.acknowledged == [.init(order: open.rawValue, manager: "Ken")])
        #expect(z.sales.total == "6200" && z.rows == 11)
        #expect(try await store.currentShift() == nil)
        #expect(try await store.zReport(number: 1) == z)
        #expect(try await store.verifyReports().isEmpty)
    }

    @Test func zReportsAreNumberedWithoutGapsAndChained() async throws {
        let store = try open()
        var previous = ReportChain.genesis
        for number in Int64(1)...3 {
            _ = try await store.openShift(cashier: "Mei", float: yen(1_000), at: at(Double(number) * 100))
            try await gatewaySale(store, "T\(number)", 100 * number)
            let z = try await store.closeShift(counted: yen(1_000), at: at(Double(number) * 100 + 50))
            #expect(z.number == number && z.previousHash == previous && z.sales.total == String(100 * number))
            previous = try #require(z.hash)
        }
        #expect(try await store.zReports().map(\.number) == [1, 2, 3])
        #expect(try await store.verifyReports().isEmpty)
        await #expect(throws: ShiftError.unknownReport(4)) { _ = try await store.zReport(number: 4) }
        await #expect(throws: JournalError.self) { _ = try await store.inspect("UPDATE z_reports SET content = '{}'") }
        await #expect(throws: JournalError.self) { _ = try await store.inspect("DELETE FROM z_reports WHERE number = 2") }
    }

    @Test func verifyNamesTheRowEditedByHand() async throws {
        let store = try open()
        _ = try await store.openShift(cashier: "Mei", float: yen(1_000), at: at(0))
        let order = try await gatewaySale(store, "T9", 1_500)
        _ = try await store.closeShift(counted: yen(1_000), at: at(30))
        _ = try await store.inspect("UPDATE attempts SET amount_minor = 150 WHERE order_number = 'T9'")
        let problems = try await store.verifyReports()
        #expect(problems.count == 1)
        let row = try #require(problems.first?.row)
        #expect(row.hasPrefix("transitions/") && problems[0].message.contains(order.rawValue))
        _ = try await store.inspect("UPDATE shifts SET float_minor = 0")
        #expect(try await store.verifyReports().contains { $0.row == "shifts/1" })
    }

    @Test func verifyFindsAnEditedOrRemovedReport() async throws {
        let store = try open()
        for number in 1...2 {
            _ = try await store.openShift(cashier: "Mei", float: yen(0), at: at(Double(number) * 100))
            try await gatewaySale(store, "T\(number)", 100)
            _ = try await store.closeShift(counted: yen(0), at: at(Double(number) * 100 + 50))
        }
        // SQLite has a trigger per change; PostgreSQL one for both, dropped at once.
        _ = try await store.inspect(
            TestJournal.onPostgres ? "DROP TRIGGER z_reports_never_changed ON z_reports" : "DROP TRIGGER z_reports_never_updated")
        _ = try await store.inspect("UPDATE z_reports SET content = replace(content, '\"100\"', '\"1\"') WHERE number = 1")
        let problems = try await store.verifyReports()
        #expect(problems.contains { $0.number == 1 && $0.message.contains("edited") })
        if !TestJournal.onPostgres { _ = try await store.inspect("DROP TRIGGER z_reports_never_deleted") }
        _ = try await store.inspect("DELETE FROM z_reports WHERE number = 1")
        #expect(try await store.verifyReports().contains { $0.number == 2 && $0.message.contains("missing") })
    }

    @Test func moneyMovedWhileNoShiftWasOpenGoesToTheNextZ() async throws {
        let store = try open()
        let late = try await gatewaySale(store, "T7", 700, state: .unconfirmed)
        try await store.move(late, to: .succeeded, at: at(8))
        #expect(try await store.xReport(currency: yen).sales.total == "700")
        _ = try await store.openShift(cashier: "Aiko", float: yen(0), at: at(10))
        let z = try await store.closeShift(counted: yen(0), at: at(20))
        #expect(z.sales == .init(count: 1, total: "700"))
        _ = try await store.openShift(cashier: "Aiko", float: yen(0), at: at(30))
        #expect(try await store.xReport(currency: yen).sales.count == 0)
        #expect(try await store.verifyReports().isEmpty)
    }

    @Test func refusesWhatCannotBeRecorded() async throws {
        let store = try open()
        await #expect(throws: ShiftError.noOpenShift) {
            _ = try await store.recordCashMovement(.paidIn, amount: yen(1), reason: "x", at: at(0))
        }
        _ = try await store.openShift(cashier: "Aiko", float: yen(0), at: at(0))
        await #expect(throws: ShiftError.alreadyOpen(cashier: "Aiko", id: 1)) {
            _ = try await store.openShift(cashier: "Ken", float: yen(0), at: at(1))
        }
        await #expect(throws: ShiftError.emptyReason) {
            _ = try await store.recordCashMovement(.paidOut, amount: yen(1), reason: "  ", at: at(2))
        }
        let dollars = Money(minorUnits: 100, currency: Currency(code: "USD")!)
        await #expect(throws: ShiftError.wrongCurrency(expected: "JPY", got: "USD")) {
            _ = try await store.recordCashMovement(.paidIn, amount: dollars, reason: "x", at: at(2))
        }
        let order = MerchantOrderNumber(rawValue: "C1")
        await #expect(throws: ShiftError.tenderedTooLittle(amount: yen(500), tendered: yen(400))) {
            _ = try await store.recordTenderPayment(
                .cash, order: order, amount: yen(500), tendered: yen(400), reference: nil, description: nil, at: at(3))
        }
        let paid = try await store.recordTenderPayment(
            .cash, order: order, amount: yen(500), tendered: yen(1_000), reference: nil, description: nil, at: at(3))
        #expect(paid.change == yen(500) && paid.cashier == "Aiko")
        try await store.recordTenderRefund(of: order, amount: yen(300), reason: nil, at: at(4))
        await #expect(throws: ShiftError.refundTooLarge(order: "C1", left: yen(200))) {
            try await store.recordTenderRefund(of: order, amount: yen(300), reason: nil, at: at(5))
        }
        #expect(try await store.xReport(currency: yen).cash.expected == "200")
    }
}

/// Receipts: one per sale and per refund, numbered without gaps, issued with the money.
@Suite("Receipts")
struct ReceiptNumberTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-receipts-\(UUID().uuidString)")
    let yen = Currency(code: "JPY")!
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func everySaleAndRefundGetsTheNextNumberAndARefusalTakesNone() async throws {
        let store = try TestJournal.open(folder.appendingPathComponent("journal.sqlite").path)
        _ = try await store.openShift(cashier: "Aiko", float: .zero(yen), at: start)
        let sale = try await store.createSale(amount: Money(minorUnits: 1_000, currency: yen), description: "Tea", at: start)
        let order = MerchantOrderNumber(rawValue: "T1")
        try await store.recordAttempt(PaymentAttempt(
            orderNumber: order, saleID: sale.id, gateway: .motp, brand: .alipay, kind: .quickPay, amount: sale.amount,
            createdAt: start))
        try await store.move(order, to: .awaitingBuyer, at: start)
        #expect(try await store.receipts(of: order).isEmpty, "no receipt before the money moved")
        try await store.move(order, to: .succeeded, at: start, gatewayReference: "MOTP-9")
        try await store.move(order, to: .succeeded, at: start)  // a repeated answer: no second receipt
        await #expect(throws: JournalError.self) { try await store.move(order, to: .failed, at: start) }
        let cash = MerchantOrderNumber(rawValue: "C1")
        _ = try await store.recordTenderPayment(
            .cash, order: cash, amount: Money(minorUnits: 300, currency: yen), tendered: Money(minorUnits: 500, currency: yen),
            reference: nil, description: nil, at: start)
        await #expect(throws: ShiftError.self) {
            try await store.recordTenderRefund(of: cash, amount: Money(minorUnits: 301, currency: yen), reason: nil, at: start)
        }
        let refund = try await store.recordRefund(of: order, amount: Money(minorUnits: 400, currency: yen), reason: nil, at: start)
        try await store.moveRefund(refund.refundNumber, to: .succeeded, at: start)
        try await store.recordTenderRefund(of: cash, amount: nil, reason: nil, at: start)
        let receipts = [
            try await store.receipts(of: order).map(\.number), try await store.receipts(of: cash).map(\.number),
        ]
        #expect(receipts == [[1, 3], [2, 4]])
        let refundFacts = try #require(try await store.receiptFacts(number: 3))
        #expect(refundFacts.receipt.kind == .refund && refundFacts.originalReceipt == 1 && refundFacts.reference == "MOTP-9")
        #expect(refundFacts.receipt.amount.minorUnits == 400 && refundFacts.receipt.cashier == "Aiko")
        let cashFacts = try #require(try await store.receiptFacts(number: 2))
        #expect(cashFacts.tender == .cash && cashFacts.change?.minorUnits == 200 && cashFacts.tendered?.minorUnits == 500)
        #expect(try await store.unprintedReceipts().map(\.number) == [1, 2, 3, 4])
        try await store.markPrinted(2)
        #expect(try await store.unprintedReceipts().map(\.number) == [1, 3, 4])
        #expect(try await store.receipt(number: 2)?.printed == 1)
    }
}
