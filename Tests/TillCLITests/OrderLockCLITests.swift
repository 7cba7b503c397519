import Foundation
import Testing
import TillCore
import TillSystem
import TillTesting

/// Orders in use by another process, as users meet them: a second `till` (pay, recover) must leave
/// alone the order a first one is still waiting on, and take it over once that one is gone, even
/// killed by SIGKILL. Real binaries, demo mode, the sandbox state shared through its file.
@Suite("Orders in use by another till process", .serialized)
struct OrderLockCLITests {
    let home = TillBinary.temporaryFolder()
    var data: URL { home.appendingPathComponent("data/till") }
    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
    }

    func till(_ arguments: [String]) throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: environment)
    }

    func lockPath(_ order: String) -> String { data.appendingPathComponent("orders-in-use/\(order).lock").path }

    /// The state machine's name, which `journal show` gives in brackets after the cashier's word.
    func state(of order: String) throws -> String? {
        let shown = try till(["journal", "show", order])
        guard let line = shown.stdout.split(separator: "\n").first(where: { $0.hasPrefix("State") }),
            let open = line.lastIndex(of: "("), line.hasSuffix(")")
        else { return nil }
        return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }

    /// The order of a `--json` QR line.
    static func order(inJSON text: String) -> String? {
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if let order = object["order"] as? String { return order }
        }
        return nil
    }

    @Test func aPayWhileAnotherOrderIsLockedLeavesItAloneUntilTheLockGoes() throws {
        // Given up after 1 s; the simulated buyer pays at 2 s, after the cashier stopped waiting.
        let first = try till(["pay", "--gateway", "motp", "--amount", "1200", "--json", "--timeout", "1", "--demo-buyer-delay", "2"])
        #expect(first.status == 3, "\(first.stderr)")
        let order = try #require(Self.order(inJSON: first.stdout))
        #expect(try state(of: order) == "unconfirmed")
        #expect(!FileManager.default.fileExists(atPath: lockPath(order)), "a pay that is done lets its order go")

        // This test process holds the order, as a till still waiting on it would.
        let held = try #require(try FileLock.attempt(lockPath(order)))
        let second = try till(["pay", "--gateway", "motp", "--amount", "1500", "--json", "--timeout", "10", "--demo-buyer-delay", "0"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains(order))
        let recover = try till(["recover"])
        #expect(!recover.stdout.contains(order))
        #expect(try state(of: order) == "unconfirmed")

        // Let go, the next command's start pass finds the late payment and gives the money back.
        held.release()
        let status = try till(["status", order])
        #expect(status.stderr.contains("Settled an earlier payment: \(order)"), "\(status.stderr)")
        #expect(status.stderr.contains("paid late: refund"), "\(status.stderr)")
        #expect(try state(of: order) == "succeeded")
        #expect(try till(["journal", "show", order]).stdout.contains("Refund"))
    }

    @Test func aPayStillWaitingHoldsItsOrderUntilItIsKilled() throws {
        let waiting = try BackgroundTill(
            ["pay", "--gateway", "motp", "--amount", "1300", "--json", "--timeout", "120", "--demo-buyer-delay", "600"],
            environment: environment)
        #expect(waiting.waitUntil { Self.order(inJSON: waiting.output) != nil }, "the first pay shows its QR code")
        let order = try #require(Self.order(inJSON: waiting.output))
        #expect(FileLock.isHeld(lockPath(order)))

        // A second pay starts and its start pass must not cancel the first's order under it.
        let second = try till(["pay", "--gateway", "motp", "--amount", "1500", "--json", "--timeout", "10", "--demo-buyer-delay", "0"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains(order))
        #expect(try state(of: order) == "awaitingBuyer" || (try state(of: order)) == "processing")

        #expect(waiting.killHard() == 128 + SIGKILL)
        #expect(!FileLock.isHeld(lockPath(order)), "the kernel lets the lock go with the process")
        let recover = try till(["recover"])
        #expect(recover.stdout.contains(order), "\(recover.stdout)\n\(recover.stderr)")
        #expect(try state(of: order) != "awaitingBuyer")
    }

    @Test func twoProcessesStartingAtOnceOnANewJournalBothWork() throws {
        let journal = home.appendingPathComponent("fresh/journal.sqlite").path
        let runs = try (0..<4).map { _ in try BackgroundTill(["journal", "list", "--journal", journal], environment: environment) }
        let statuses = runs.map { $0.waitForExit() }
        #expect(statuses == [0, 0, 0, 0], "\(zip(statuses, runs).filter { $0.0 != 0 }.map { $0.1.output })")
        #expect(try till(["journal", "list", "--journal", journal]).status == 0)
    }
}
