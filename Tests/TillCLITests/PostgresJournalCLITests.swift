import Foundation
import Testing
import TillTesting
import Journal
import TillCore

/// The real binary on a store's PostgreSQL journal (`[journal] url`), as scripts/test's PostgreSQL
/// rounds run it against `scripts/postgres start`: migrated by `till journal migrate`, two lanes (each
/// its own data folder, one configuration) selling at once into one journal, and an address that
/// cannot be reached said plainly, its password never shown.
@Suite(.serialized, .enabled(if: TestJournal.onPostgres, "needs TILL_TEST_POSTGRES_URL (scripts/test starts the server)"))
struct PostgresJournalCLITests {
    let home = TillBinary.temporaryFolder()

    /// A lane: its own data folder and configuration (the same journal, its own `[lane] id`).
    func lane(_ name: String) -> [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("\(name)/data").path,
         "XDG_CONFIG_HOME": home.appendingPathComponent("\(name)/config").path]
    }

    func writeConfiguration(url: String) throws {
        for name in ["a", "b"] {
            let folder = home.appendingPathComponent("\(name)/config/till")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "[journal]\nurl = \"\(url)\"\n[lane]\nid = \"counter-\(name)\"\n"
                .write(to: folder.appendingPathComponent("till.toml"), atomically: true, encoding: .utf8)
        }
    }

    @Test func twoLanesSellIntoOneJournal() async throws {
        let address = try TestJournal.postgresAddress(home.appendingPathComponent("store.sqlite").path)
        try writeConfiguration(url: "postgresql://\(address.user)@\(address.host):\(address.port)/\(address.database)?sslmode=disable")

        let first = try TillBinary.run(["journal", "migrate"], environment: lane("a"))
        #expect(first.status == 0 && first.stdout.contains("is now at schema 2 (it was at 0)"), "\(first.stderr)")
        #expect(!first.stdout.contains(".sqlite"))
        let again = try TillBinary.run(["journal", "migrate"], environment: lane("b"))
        #expect(again.stdout.contains("nothing to do"))

        for (name, cashier) in [("a", "Aiko"), ("b", "Ken")] {
            let shift = try TillBinary.run(["shift", "open", "--cashier", cashier, "--float", "1000"], environment: lane(name))
            #expect(shift.status == 0, "each lane opens its own shift: \(shift.stderr)")
        }
        // Two lanes, six cash sales each, at once: twelve receipts, numbered 1 to 12 without a gap.
        let results = await withTaskGroup(of: [Int32].self) { group in
            for name in ["a", "b"] {
                let environment = lane(name)
                group.addTask {
                    (1...6).map { _ in (try? TillBinary.run(["pay", "--cash", "--amount", "100"], environment: environment).status) ?? -1 }
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(results == Array(repeating: 0, count: 12))
        let x = try TillBinary.run(["report", "x", "--json"], environment: lane("b"))
        #expect(x.stdout.contains("\"sales\":{\"count\":6,\"total\":\"600\"}") && x.stdout.contains("\"cashier\":\"Ken\""), "\(x.stdout)")
        let store = try TillBinary.run(["report", "x", "--store", "--json"], environment: lane("a"))
        #expect(store.stdout.contains("\"sales\":{\"count\":12,\"total\":\"1200\"}") && store.stdout.contains("\"expected\":\"3200\""), "\(store.stdout)")
        let receipts = try (1...12).map { number in
            try TillBinary.run(["receipt", "show", String(number)], environment: lane("a"))
        }
        #expect(receipts.map(\.status) == Array(repeating: 0, count: 12))
        let lanes = receipts.compactMap { receipt in
            receipt.stdout.split(separator: "\n").first { $0.hasPrefix("Lane") }?.split(separator: " ").last.map(String.init)
        }
        #expect(lanes.filter { $0 == "counter-a" }.count == 6 && lanes.filter { $0 == "counter-b" }.count == 6, "\(lanes)")
        #expect(try TillBinary.run(["receipt", "show", "13"], environment: lane("a")).status != 0)

        // The store's day: every lane's shift closed at once, each with its drawer's count and its own Z.
        let uncounted = try TillBinary.run(["report", "z", "--store", "--counted", "counter-a=1600"], environment: lane("a"))
        #expect(uncounted.status == 2 && uncounted.stderr.contains("these lanes have no count: counter-b"), "\(uncounted.stderr)")
        let day = try TillBinary.run(
            ["report", "z", "--store", "--counted", "counter-a=1600", "--counted", "counter-b=1600", "--json"], environment: lane("b"))
        #expect(day.status == 0, "\(day.stderr)")
        let zs = day.stdout.split(separator: "\n").filter { $0.contains("\"kind\":\"z\"") }
        #expect(zs.count == 2 && zs.allSatisfy { $0.contains("\"variance\":\"0\"") }, "\(day.stdout)")
        let after = try TillBinary.run(["shift", "status"], environment: lane("a"))
        #expect(after.stdout.contains("No shift is open") || after.stdout.lowercased().contains("no shift"), "\(after.stdout)")
    }

    @Test func anUnreachableServerIsSaidWithoutItsPassword() throws {
        try writeConfiguration(url: "postgresql://till:hunter2@127.0.0.1:1/till")
        let result = try TillBinary.run(["journal", "list"], environment: lane("a"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("Cannot reach the journal's PostgreSQL at postgresql://till@127.0.0.1:1/till"))
        #expect(result.stderr.contains("nothing answered on 127.0.0.1 port 1"))
        #expect(!result.stderr.contains("hunter2") && !result.stdout.contains("hunter2"))
    }
}

extension PostgresJournalCLITests {
    /// A lane waiting on a QR payment holds its order's advisory lock; killed with SIGKILL, its
    /// session ends and the lock is free for the store's reconciler at once.
    @Test func aKilledLaneLetsItsOrderGo() async throws {
        let address = try TestJournal.postgresAddress(home.appendingPathComponent("killed.sqlite").path)
        let location = JournalLocation.postgres(address)
        try writeConfiguration(url: "postgresql://\(address.user)@\(address.host):\(address.port)/\(address.database)?sslmode=disable")
        let process = Process()
        process.executableURL = TillBinary.url
        process.arguments = ["pay", "--gateway", "motp", "--amount", "500", "--demo-buyer-delay", "60", "--timeout", "60"]
        process.environment = lane("a").merging(["PATH": "/usr/bin:/bin", "HOME": home.path]) { $1 }
        let errors = home.appendingPathComponent("pay.err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        let journal = try JournalStore(location: location)
        var order: MerchantOrderNumber?
        for _ in 0..<300 where order == nil {
            order = try await journal.attempts(matching: AttemptFilter()).first?.orderNumber
            if order == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let waiting = try #require(order, "the lane stored its attempt: \((try? String(contentsOf: errors, encoding: .utf8)) ?? "")")
        let reconciler = try PostgresAdvisoryLocks(address: address)
        #expect(!reconciler.tryLock("order:" + waiting.rawValue), "the lane holds its order while it waits")

        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        var freed = false
        for _ in 0..<50 where !freed {
            freed = reconciler.tryLock("order:" + waiting.rawValue)
            if !freed { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(freed, "the killed lane's session ended and its lock with it")
    }
}
