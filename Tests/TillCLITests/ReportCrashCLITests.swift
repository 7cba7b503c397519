import Foundation
import Testing
import TillCore
import TillTesting
@testable import Journal

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` while `till report z` runs leaves either the whole Z (shift closed, numbered, chained)
/// or none (shift still open), and never a gap in the numbers.
@Suite("till report z killed with SIGKILL")
struct ReportCrashCLITests {
    let home = TillBinary.temporaryFolder()
    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
    }
    var journalPath: String { home.appendingPathComponent("data/till/journal.sqlite").path }

    func till(_ arguments: [String]) throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: environment)
    }

    /// The Z numbers stored, and whether a shift is open.
    func state() async throws -> (numbers: [Int64], open: Bool) {
        let store = try JournalStore(path: journalPath)
        let numbers = try await store.zReports().compactMap(\.number)
        return (numbers, try await store.currentShift() != nil)
    }

    @Test func aKilledZIsWholeOrAbsentAndTheNumbersHaveNoGap() async throws {
        var generator = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["TILL_CRASH_SEED"] ?? "") ?? 20261205)
        var closed = 0, killedBefore = 0
        // Kills spread over a whole run of a command as slow as `report z`, start-up included (a
        // loaded machine starts the binary slowly): some land before the commit, some after.
        let began = Date()
        _ = try till(["report", "x"])
        let span = Date().timeIntervalSince(began)
        for round in 0..<12 {
            if try await !state().open { #expect(try till(["shift", "open", "--cashier", "R\(round)", "--float", "0"]).status == 0) }
            #expect(try till(["pay", "--cash", "--amount", String(100 + round)]).status == 0)
            let before = try await state()
            let z = try BackgroundTill(["report", "z", "--counted", "0"], environment: environment)
            usleep(useconds_t(span * 1e6 * (0.5 + Double(generator.next() % 1000) / 1000)))
            _ = z.killHard()
            let after = try await state()
            if after.numbers.count == before.numbers.count + 1 {
                #expect(!after.open, "a stored Z closed its shift")
                closed += 1
            } else {
                #expect(after.numbers == before.numbers && after.open, "no Z, and the shift still open")
                killedBefore += 1
            }
            #expect(after.numbers == (0..<after.numbers.count).map { Int64($0 + 1) }, "numbered without a gap")
        }
        if try await state().open { #expect(try till(["report", "z", "--counted", "0"]).status == 0) }
        let final = try await state()
        #expect(final.numbers == (0..<final.numbers.count).map { Int64($0 + 1) })
        #expect(try till(["report", "verify"]).status == 0)
        print("report z killed: \(closed) rounds found a whole Z, \(killedBefore) found none")
    }

    /// A Z over many rows takes long enough to be killed inside its transaction.
    @Test func aZKilledInsideItsTransactionLeavesNone() async throws {
        let store = try JournalStore(path: journalPath)
        try await store.fillForBenchmark(sales: 20_000, currency: Currency(code: "JPY")!, at: Date())
        let z = try BackgroundTill(["report", "z", "--counted", "0"], environment: environment)
        // A debug build takes most of a second to count 20,000 sales: the kill lands while it works.
        var generator = SplitMix64(seed: 7)
        usleep(useconds_t(300_000 + generator.next() % 400_000))
        _ = z.killHard()
        let after = try await state()
        #expect(after.numbers.isEmpty == after.open, "either the whole Z or none")
        if after.open { #expect(try till(["report", "z", "--counted", "0"]).status == 0) }
        #expect(try await state().numbers == [1])
        #expect(try till(["report", "verify"]).status == 0)
    }
}
