import Checkout
import Foundation
import Journal
import Testing
import TillCore

@testable import TerminalUI

/// The history's reader against a real SQLite journal file with recorded sales.
@Suite struct HistoryReaderTests {
    private let yen = Currency(code: "JPY")!
    /// 2026-12-03 10:00:00 UTC, the counter's "now".
    private let now = Date(timeIntervalSince1970: 1_796_292_000)

    private func money(_ units: Int64) -> Money { Money(minorUnits: units, currency: yen) }

    private func withJournal(_ body: (JournalStore, HistoryReader) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("till-history-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let journal = try JournalStore(path: path)
        let fixedNow = now
        let service = CheckoutService(
            context: CheckoutContext(journal: journal, gateways: GatewayDirectory([]), wallClock: { fixedNow }))
        let reader = HistoryReader(
            checkout: service, ordersInUse: ScreenOrders(locks: nil), person: "tester", timeZone: TimeZone(identifier: "UTC")!,
            now: { fixedNow })
        try await body(journal, reader)
    }

    /// Records a sale with one attempt through `states`, `minutes` after (or before) now.
    @discardableResult
    private func record(
        _ journal: JournalStore, _ order: String, amount: Int64, minutes: Double, gateway: GatewayID = .motp,
        brand: Brand = .wechatPay, states: [AttemptState], description: String? = nil
    ) async throws -> MerchantOrderNumber {
        let time = now.addingTimeInterval(minutes * 60)
        let sale = try await journal.createSale(amount: money(amount), description: description, at: time)
        let number = MerchantOrderNumber(rawValue: order)
        try await journal.recordAttempt(
            PaymentAttempt(
                orderNumber: number, saleID: sale.id, gateway: gateway, brand: brand, kind: .qr, amount: money(amount),
                createdAt: time))
        for (index, state) in states.enumerated() {
            try await journal.move(
                number, to: state, at: time.addingTimeInterval(Double(index + 1)), raw: state == .succeeded ? GatewayRawError(code: "SUCCESS") : nil)
        }
        return number
    }

    @Test func todayIsListedNewestFirstWithRefundsAndEarlierAttemptsThatNeedAPerson() async throws {
        try await withJournal { journal, reader in
            let paid = try await record(journal, "T1PAID", amount: 1500, minutes: -30, states: [.awaitingBuyer, .succeeded], description: "Matcha")
            try await record(journal, "T2WAIT", amount: 820, minutes: -10, states: [.awaitingBuyer])
            try await record(journal, "T0OLD", amount: 640, minutes: -24 * 60, states: [.awaitingBuyer, .unconfirmed])
            try await record(journal, "T0DONE", amount: 300, minutes: -24 * 60 - 5, states: [.failed])
            let handled = try await record(journal, "T0SEEN", amount: 200, minutes: -24 * 60 - 9, states: [.unconfirmed])
            try await journal.markHandled(
                handled, note: "Buyer walked away", by: "alice", at: now, seen: AttemptAsSeen(state: .unconfirmed, attention: nil))
            let flagged = try await record(journal, "T3FLAG", amount: 980, minutes: -5, gateway: .takemepay, states: [.succeeded])
            try await journal.flag(flagged, attention: "paid after the cashier gave up", at: now)
            let refund = try await journal.recordRefund(of: paid, amount: money(500), reason: nil, at: now)
            try await journal.moveRefund(refund.refundNumber, to: .succeeded, at: now)
            let pending = try await journal.recordRefund(of: paid, amount: money(200), reason: nil, at: now)
            try await journal.moveRefund(pending.refundNumber, to: .pending, at: now)

            guard case .loaded(let entries) = await reader.answer(.loadToday) else {
                Issue.record("no list")
                return
            }
            #expect(entries.map(\.orderNumber.rawValue) == ["T3FLAG", "T2WAIT", "T1PAID", "T0OLD"])
            #expect(entries.map(\.time) == ["09:55:00", "09:50:00", "09:30:00", "12-02 10:00"])
            #expect(entries.map(\.needsAPerson) == [true, true, false, true])
            #expect(entries.map(\.needs) == [[.flagged], [.noFinalAnswer], [], [.noFinalAnswer]])
            let first = entries[2]
            #expect(first.refunded == money(500))
            #expect(first.left == money(800))
            #expect(first.refundPending)
            #expect(first.saleDescription == "Matcha")
            #expect(first.refunds == .none)  // no gateway is configured in this journal's checkout
            #expect(await reader.answer(.countToHandle) == .toHandle(3))
        }
    }

    @Test func detailsHoldEveryTransitionAndRefund() async throws {
        try await withJournal { journal, reader in
            let paid = try await record(journal, "T1PAID", amount: 1500, minutes: -30, states: [.awaitingBuyer, .succeeded])
            let refund = try await journal.recordRefund(of: paid, amount: money(1500), reason: "wrong size", at: now)
            try await journal.moveRefund(refund.refundNumber, to: .failed, at: now)
            guard case .details(let details) = await reader.answer(.details(paid)) else {
                Issue.record("no details")
                return
            }
            #expect(details.transitions == [
                .init(time: "09:30:00", from: nil, to: .created),
                .init(time: "09:30:01", from: .created, to: .awaitingBuyer),
                .init(time: "09:30:02", from: .awaitingBuyer, to: .succeeded, code: "SUCCESS"),
            ])
            #expect(details.refunds == [
                .init(number: refund.refundNumber, time: "10:00:00", amount: money(1500), state: .failed, reason: "wrong size"),
            ])
            #expect(details.entry.left == money(1500))  // a failed refund gives nothing back
            let unknown = await reader.answer(.details(MerchantOrderNumber(rawValue: "T9NONE")))
            #expect(unknown == .failed(JournalError.unknownOrder("T9NONE").description))
        }
    }

    @Test func aRefundThroughAGatewayThatIsNotConfiguredSaysSoAndStoresNothing() async throws {
        try await withJournal { journal, reader in
            let paid = try await record(journal, "T1PAID", amount: 1500, minutes: -30, states: [.succeeded])
            let answer = await reader.answer(.refund(paid, money(1500)))
            guard case .refundFailed(let text) = answer else {
                Issue.record("expected a refusal, got \(answer)")
                return
            }
            #expect(text.contains("MOTP"))
            #expect(try await journal.refunds(of: paid).isEmpty)
        }
    }

    @Test func aYoungAttemptIsListedButNotCountedAndAHandledOneShowsWhoAndWhen() async throws {
        try await withJournal { journal, reader in
            try await record(journal, "T1NEW", amount: 820, minutes: -2, states: [.awaitingBuyer])
            let order = try await record(journal, "T0STUCK", amount: 640, minutes: -20, states: [.unconfirmed])
            #expect(await reader.answer(.countToHandle) == .toHandle(1))
            let answer = await reader.answer(
                .markHandled(order, note: " Called MOTP ", seen: AttemptAsSeen(state: .unconfirmed, attention: nil)))
            let note = HandledNote(orderNumber: order, time: "10:00:00", person: "tester", note: "Called MOTP")
            #expect(answer == .handled(note))
            #expect(await reader.answer(.countToHandle) == .toHandle(0))
            guard case .loaded(let entries) = await reader.answer(.loadToday) else {
                Issue.record("no list")
                return
            }
            #expect(entries.map(\.orderNumber.rawValue) == ["T1NEW", "T0STUCK"])
            #expect(entries.map(\.handled) == [nil, note])
            guard case .details(let details) = await reader.answer(.details(order)) else {
                Issue.record("no details")
                return
            }
            #expect(details.handled == [note])
            guard case .handleFailed(let text) = await reader.answer(
                .markHandled(order, note: "again", seen: AttemptAsSeen(state: .unconfirmed, attention: nil))) else {
                Issue.record("a second mark of the same state was taken")
                return
            }
            #expect(text == "Order T0STUCK is already handled: 10:00:00 by tester: Called MOTP")
        }
    }

    @Test func aCheckNowIsRefusedWhileTheCounterWaitsOnTheOrderAndAsksOtherwise() async throws {
        try await withJournal { journal, reader in
            let order = try await record(journal, "T0STUCK", amount: 640, minutes: -20, states: [.unconfirmed])
            reader.ordersInUse?.begin(order)
            #expect(await reader.answer(.checkNow(order)) == .checked(order, .inUse))
            reader.ordersInUse?.end(order)
            guard case .checked(_, .asked(let report, let refunds)) = await reader.answer(.checkNow(order)) else {
                Issue.record("the order was not checked")
                return
            }
            // No gateway is configured in this journal's checkout: nothing can settle it.
            #expect(report.attempt.state == .unconfirmed)
            #expect(refunds.isEmpty)
            let unknown = MerchantOrderNumber(rawValue: "T9NONE")
            #expect(await reader.answer(.checkNow(unknown)) == .checkFailed(unknown, JournalError.unknownOrder("T9NONE").description))
        }
    }

    @Test func anEmptyJournalListsNothingAndCountsZero() async throws {
        try await withJournal { _, reader in
            #expect(await reader.answer(.loadToday) == .loaded([]))
            #expect(await reader.answer(.countToHandle) == .toHandle(0))
        }
    }

    @Test func anEarlierDayIsListedAloneAndASearchReadsEveryDay() async throws {
        try await withJournal { journal, reader in
            try await record(journal, "T1TODAY", amount: 1500, minutes: -30, states: [.awaitingBuyer, .succeeded])
            try await record(journal, "T0YESTERDAY", amount: 640, minutes: -24 * 60, brand: .alipay, states: [.succeeded])
            try await record(journal, "T0LASTWEEK", amount: 1500, minutes: -7 * 24 * 60, states: [.failed])
            let yesterday = await reader.answer(.loadDay(offset: -1))
            #expect(yesterday == .found(.day(offset: -1), heading: "2026-12-02", await entries(reader, ["T0YESTERDAY"])))
            guard case .found(_, _, let empty) = await reader.answer(.loadDay(offset: -2)) else {
                Issue.record("no answer")
                return
            }
            #expect(empty.isEmpty)
            #expect(await orders(reader.answer(.search("1500", yen))) == ["T1TODAY", "T0LASTWEEK"], "an amount, every day")
            #expect(await orders(reader.answer(.search("alipay", yen))) == ["T0YESTERDAY"], "a brand")
            #expect(await orders(reader.answer(.search("lastw", yen))) == ["T0LASTWEEK"], "part of an order number")
            #expect(await orders(reader.answer(.search("#99", yen))) == [], "a receipt nobody was given")
        }
    }

    /// The order numbers a list answer holds, in order.
    private func orders(_ update: HistoryUpdate) -> [String] {
        guard case .found(_, _, let entries) = update else { return ["not a list: \(update)"] }
        return entries.map(\.orderNumber.rawValue)
    }

    /// The entries of `orders` as the search finds them, to compare a whole answer with.
    private func entries(_ reader: HistoryReader, _ orders: [String]) async -> [HistoryEntry] {
        guard case .found(_, _, let found) = await reader.answer(.search(orders[0], yen)) else { return [] }
        return found.filter { orders.contains($0.orderNumber.rawValue) }
    }
}
