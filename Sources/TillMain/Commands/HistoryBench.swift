import ArgumentParser
import Checkout
import Foundation
import Journal
import TerminalUI
import TillCore

/// `till bench history`: the median time for the history screen to read a day of sales from a
/// journal file (every attempt with its refunds), and to count the ones to handle.
struct HistoryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Median time to read a day's sales for the history screen, and to count the ones to handle, from a journal file.")

    @Option(help: "Paid attempts recorded today (every tenth partly refunded, every twentieth left waiting).")
    var sales = 500

    @Option(help: "Timed runs; the median run is reported.")
    var runs = 11

    func run() async throws {
        let path = NSTemporaryDirectory() + "till-bench-history-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let journal = try JournalStore(path: path)
        let now = Date()
        try await fill(journal, now: now)
        let reader = HistoryReader(
            checkout: CheckoutService(context: CheckoutContext(journal: journal, gateways: GatewayDirectory([]))), now: { now })
        for (label, request) in [("today's list", HistoryRequest.loadToday), ("count to handle", .countToHandle)] {
            let clock = ContinuousClock()
            var times: [Duration] = []
            for _ in 0..<runs {
                let start = clock.now
                _ = await reader.answer(request)
                times.append(clock.now - start)
            }
            let median = times.sorted()[times.count / 2]
            let millis = Double(median.components.seconds) * 1000 + Double(median.components.attoseconds) / 1e15
            print("till   history \(label), \(sales) attempts: median \(Int(millis.rounded())) ms (\(runs) runs)")
        }
    }

    private func fill(_ journal: JournalStore, now: Date) async throws {
        let yen = Currency(code: "JPY")!
        let start = Calendar.current.startOfDay(for: now)
        let step = max(1, now.timeIntervalSince(start) / Double(max(1, sales)))
        for index in 0..<sales {
            let time = start.addingTimeInterval(Double(index) * step)
            let amount = Money(minorUnits: Int64(100 + index), currency: yen)
            let sale = try await journal.createSale(amount: amount, description: nil, at: time)
            let order = MerchantOrderNumber(rawValue: "T" + String(format: "%020d", index))
            try await journal.recordAttempt(
                PaymentAttempt(
                    orderNumber: order, saleID: sale.id, gateway: .motp, brand: .wechatPay, kind: .qr, amount: amount,
                    createdAt: time))
            try await journal.move(order, to: .awaitingBuyer, at: time)
            if index % 20 == 19 { continue }
            try await journal.move(order, to: .succeeded, at: time)
            if index % 10 == 0 {
                let refund = try await journal.recordRefund(
                    of: order, amount: Money(minorUnits: 50, currency: yen), reason: nil, at: time)
                try await journal.moveRefund(refund.refundNumber, to: .succeeded, at: time)
            }
        }
    }
}
