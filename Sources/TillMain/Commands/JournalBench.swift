import ArgumentParser
import Checkout
import Foundation
import Journal
import TillCore
import TillStrings

/// `till bench journal`: how many paid sales a lane writes into its journal a second, as a QR sale
/// writes them (the sale, the attempt, awaiting the buyer, paid with its receipt: four transactions),
/// with the latency of each whole sale. `scripts/bench-lanes` runs 1, 2 and 4 of these at once on one
/// PostgreSQL journal, and one on a SQLite file, and adds them up. The gateway is left out: it is not
/// shared between lanes, the journal is.
struct JournalBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Paid sales a second written into the journal (--config's [journal] url, or --journal).")

    @OptionGroup var config: ConfigPathOption
    @OptionGroup var journal: JournalOptions
    @Option(help: "How long to write, in seconds.") var seconds = 5
    @Option(help: "The lane's name on its sales and receipts.") var lane = "bench"

    func run() async throws {
        let strings = Strings(.en)
        let location = try journal.resolve(strings, config: config).location
        let store = try JournalOptions.open(location, lane: lane, strings)
        let yen = Currency(code: "JPY")!
        let clock = ContinuousClock()
        let end = clock.now + .seconds(seconds)
        var nanoseconds: [Int64] = []
        while clock.now < end {
            let start = clock.now
            try await paidSale(store, Money(minorUnits: 100 + Int64(nanoseconds.count % 900), currency: yen))
            let took = (clock.now - start).components
            nanoseconds.append(took.seconds * 1_000_000_000 + took.attoseconds / 1_000_000_000)
        }
        print(
            "lane \(lane): \(nanoseconds.count) sales in \(seconds) s, \(nanoseconds.count / max(1, seconds)) a second, "
                + "p50 \(BenchFigures.ms(BenchFigures.median(nanoseconds))) ms, "
                + "p99 \(BenchFigures.ms(BenchFigures.percentile(nanoseconds, 0.99))) ms")
    }

    private func paidSale(_ store: JournalStore, _ amount: Money) async throws {
        let now = Date()
        let sale = try await store.createSale(amount: amount, description: nil, at: now)
        let order = CheckoutContext.randomOrderNumber(at: now)
        try await store.recordAttempt(PaymentAttempt(
            orderNumber: order, saleID: sale.id, gateway: .motp, brand: .alipay, kind: .qr, amount: amount, createdAt: now))
        try await store.move(order, to: .awaitingBuyer, at: now)
        try await store.move(order, to: .succeeded, at: now, gatewayReference: "BENCH")
    }
}
