import ArgumentParser
import Foundation
import Journal
import TillCore
import TillStrings

/// `till bench report`: how long the X report, the Z report and `till report verify` take over a
/// shift of many sales, read from a real journal file.
struct ReportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Time the X report (median), the Z report and the Z check over one shift of many sales.")

    @Option(help: "Paid sales in the shift (70 % gateway, 20 % cash, 10 % another terminal).")
    var sales = 100_000

    @Option(help: "Timed X reports; the median is reported.")
    var runs = 5

    func run() async throws {
        let path = NSTemporaryDirectory() + "till-bench-report-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let journal = try JournalStore(path: path)
        let yen = Currency(code: "JPY")!
        try await shop(Strings(.en)) { () async throws(ShiftError) in try await journal.fillForBenchmark(sales: sales, currency: yen, at: Date()) }
        var times: [Duration] = []
        var x: ShiftReport?
        for _ in 0..<runs {
            times.append(try await timed { x = try await shop(Strings(.en)) { () async throws(ShiftError) in try await journal.xReport(currency: yen) } })
        }
        let z = try await timed {
            _ = try await shop(Strings(.en)) { () async throws(ShiftError) in
                try await journal.closeShift(counted: Money(minorUnits: 0, currency: yen), at: Date())
            }
        }
        let verify = try await timed { _ = try await shop(Strings(.en)) { () async throws(ShiftError) in try await journal.verifyReports() } }
        print("till   report over \(x?.sales.count ?? 0) sales (\(x?.rows ?? 0) rows):")
        print("       X median \(milliseconds(times.sorted()[times.count / 2])) ms (\(runs) runs)")
        print("       Z \(milliseconds(z)) ms (close, count, hash and store in one transaction)")
        print("       verify \(milliseconds(verify)) ms (hash chain and every row's digest)")
    }

    private func timed(_ body: () async throws -> Void) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        return clock.now - start
    }

    private func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
