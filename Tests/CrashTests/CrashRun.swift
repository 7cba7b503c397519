import Foundation
import Journal
import TillCore

/// One sale the harness plays: which gateway, QR or QuickPay, how much, and when (if at all) the
/// till is killed. Drawn from a seeded generator so a failing seed replays the same runs.
struct CrashPlan: Sendable, CustomStringConvertible {
    let index: Int
    let gateway: String
    /// The buyer's scanned code for a QuickPay (MOTP only); nil for a QR payment.
    let buyerCode: String?
    /// Whole yen (the sandbox store is JPY).
    let amount: Int
    /// When `till pay` gets SIGKILL; nil lets it finish.
    let killAfterMilliseconds: Int?
    /// When the first `till recover` gets SIGKILL too (counted from its start); nil lets it finish.
    let killRecoverAfterMilliseconds: Int?

    var description: String {
        "run \(index): \(gateway) \(buyerCode == nil ? "QR" : "QuickPay \(buyerCode!)") \(amount) JPY, "
            + (killAfterMilliseconds.map { "killed after \($0) ms" } ?? "not killed")
            + (killRecoverAfterMilliseconds.map { ", first recover killed after \($0) ms" } ?? "")
    }

    static let gateways = ["takemepay", "tapin", "pomelo", "motp"]

    /// A random plan. Amounts avoid the sandbox's magic endings that never settle in a test's time
    /// (92: never paid, 93: paid after 180 s) and 82 (a refund of it fails: a late payment would stay
    /// paid); 91 (declined), 94 (pending charge) and 81 (slow refund) stay in. Buyer codes avoid the
    /// last digits 3 and 5 (USERPAYING for ever / for 60 s). TapIn cannot decline (see below).
    static func draw(index: Int, using generator: inout some RandomNumberGenerator, maxKillMilliseconds: Int) -> CrashPlan {
        let gateway = gateways.randomElement(using: &generator)!
        var amount = 0
        // TapIn has no "declined" word: a declined collection waits until it expires, like 92.
        let endless = gateway == "tapin" ? [82, 91, 92, 93] : [82, 92, 93]
        repeat { amount = Int.random(in: 200...30_000, using: &generator) } while endless.contains(amount % 100)
        // MOTP amounts ending 95 to 99 choose the wallets' words (NOTPAY, PAYERROR, ...): this harness is
        // about crashes and faults, so it leaves them to the connector's own tests.
        if gateway == "motp" && amount % 100 >= 95 { amount -= 10 }
        var buyerCode: String?
        if gateway == "motp", Bool.random(using: &generator) {
            let wechat = Bool.random(using: &generator)
            let prefix = wechat ? String(Int.random(in: 10...15, using: &generator)) : String(Int.random(in: 25...30, using: &generator))
            let length = wechat ? 18 : Int.random(in: 16...24, using: &generator)
            var digits = prefix
            while digits.count < length - 1 { digits += String(Int.random(in: 0...9, using: &generator)) }
            digits += String([0, 1, 2, 4, 6, 7, 8, 9].randomElement(using: &generator)!)
            buyerCode = digits
        }
        // One run in eight is left alone: the flow must also be right when nothing goes wrong.
        let kill = Int.random(in: 0..<8, using: &generator) == 0 ? nil : Int.random(in: 0...maxKillMilliseconds, using: &generator)
        // One killed run in three has its first recovery killed as well: a crash while settling.
        let killRecover = kill != nil && Int.random(in: 0..<3, using: &generator) == 0
            ? Int.random(in: 100...900, using: &generator) : nil
        return CrashPlan(
            index: index, gateway: gateway, buyerCode: buyerCode, amount: amount, killAfterMilliseconds: kill,
            killRecoverAfterMilliseconds: killRecover)
    }
}

/// One PostgreSQL journal that every run shares, as a store's lanes do: the configuration (the
/// sandbox's, with `[journal] url`) and where the journal is.
struct SharedJournal: Sendable {
    let configPath: String
    let location: JournalLocation

    /// Writes the sandbox's configuration with `[journal] url` for `location`'s database.
    init(sandbox: SandboxServer, location: JournalLocation) throws {
        guard case .postgres(let address) = location else { throw Spawn.Failure(description: "not a PostgreSQL journal") }
        configPath = sandbox.folder.appendingPathComponent("lanes.toml").path
        let url = "postgresql://\(address.user)@\(address.host):\(address.port)/\(address.database)?sslmode=disable"
        let text = try String(contentsOfFile: sandbox.configPath, encoding: .utf8) + "\n[journal]\nurl = \"\(url)\"\n"
        try text.write(toFile: configPath, atomically: true, encoding: .utf8)
        self.location = location
    }

    /// The description each run's sale carries, so the check finds a run's attempts in the store's journal.
    static func description(of plan: CrashPlan) -> String { "run-\(plan.index)" }
}

/// What happened when a plan was played.
struct CrashRunResult: Sendable {
    let plan: CrashPlan
    /// The run's journal: its own file, or the store's shared journal.
    let journal: JournalLocation
    let payStatus: Int32
    let killed: Bool
    /// The attempt's journal state when the kill struck ("none": no attempt stored yet).
    let stateAtKill: String?
    /// How many `till recover` passes ran.
    let recoverPasses: Int
    /// Standard error of `till pay` and the last `till recover`, for a failure message.
    let transcript: String
}

/// Plays plans against one sandbox server: `till pay`, maybe SIGKILL, then `till recover` until the
/// journal has nothing open (or `maxRecoverPasses`).
struct CrashRunner: Sendable {
    let server: SandboxServer
    let folder: URL
    let pollIntervalMilliseconds: Int
    let maxRecoverPasses: Int
    /// The store's journal every run writes to (each run a lane); nil: a journal file per run.
    var shared: SharedJournal?

    func play(_ plan: CrashPlan) throws -> CrashRunResult {
        let runFolder = folder.appendingPathComponent("run-\(plan.index)")
        try FileManager.default.createDirectory(at: runFolder, withIntermediateDirectories: true)
        let file = runFolder.appendingPathComponent("journal.sqlite").path
        let journal = shared?.location ?? .file(file)
        let runOnly = shared.map { _ in SharedJournal.description(of: plan) }
        let environment = ["HOME": runFolder.path, "XDG_DATA_HOME": runFolder.path, "XDG_CONFIG_HOME": runFolder.path]
        let common = shared.map { ["--config", $0.configPath] } ?? ["--config", server.configPath, "--journal", file]
        var pay = ["pay"] + common + [
            "--gateway", plan.gateway, "--amount", String(plan.amount), "--timeout", "1",
            "--poll-interval-ms", String(pollIntervalMilliseconds), "--json",
        ]
        if let code = plan.buyerCode { pay += ["--scan", code] }
        if let runOnly { pay += ["--description", runOnly] }
        // The kill is timed from the journal file's creation: the till has read its configuration by
        // then. A store's journal makes no file: timed from the start.
        let paid = try Spawn.run(
            pay, environment: environment, killAfter: plan.killAfterMilliseconds.map { .milliseconds($0) },
            marker: shared == nil ? file : nil)
        let stateAtKill = paid.killed ? JournalProbe.attemptState(journal, runOnly) : nil
        var transcript = "till pay: exit \(paid.status)\(paid.killed ? " (killed)" : "")\n\(paid.output)\(paid.errorOutput)"
        var passes = 0
        while passes < maxRecoverPasses {
            passes += 1
            let killAfter = passes == 1 ? plan.killRecoverAfterMilliseconds.map { Duration.milliseconds($0) } : nil
            let recover = try Spawn.run(
                ["recover"] + common + ["--poll-interval-ms", String(pollIntervalMilliseconds)], environment: environment,
                killAfter: killAfter)
            transcript += "till recover #\(passes): exit \(recover.status)\(recover.killed ? " (killed)" : "")\n"
                + recover.output + recover.errorOutput
            // A killed pass may have stored a late success without its refund: the next pass finishes it.
            if !recover.killed && JournalProbe.openCount(journal, runOnly) == 0 { break }
            // The simulated buyer may still pay: give it a moment before asking again.
            usleep(UInt32(pollIntervalMilliseconds) * 2_000)
        }
        return CrashRunResult(
            plan: plan, journal: journal, payStatus: paid.status, killed: paid.killed, stateAtKill: stateAtKill,
            recoverPasses: passes,
            transcript: transcript)
    }

    /// Plays every plan on `workers` threads at once (each run blocks on its child processes, so
    /// they stay off the concurrency pool).
    func playAll(_ plans: [CrashPlan], workers: Int) async -> [Result<CrashRunResult, any Error>] {
        await withCheckedContinuation { continuation in
            let box = ResultsBox(count: plans.count)
            let group = DispatchGroup()
            for worker in 0..<max(1, workers) {
                group.enter()
                Thread.detachNewThread {
                    var index = worker
                    while index < plans.count {
                        let result = Result { try play(plans[index]) }
                        box.set(index, result)
                        index += max(1, workers)
                    }
                    group.leave()
                }
            }
            group.notify(queue: .global()) { continuation.resume(returning: box.all) }
        }
    }
}

/// The results of parallel runs, filled by index.
private final class ResultsBox: @unchecked Sendable {
    // Guarded by `lock`: worker threads write, the last one's notify reads.
    private let lock = NSLock()
    private var results: [Result<CrashRunResult, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<CrashRunResult, any Error>) { lock.withLock { results[index] = result } }

    var all: [Result<CrashRunResult, any Error>] {
        lock.withLock { results.map { $0 ?? .failure(Spawn.Failure(description: "run never played")) } }
    }
}

/// Reads a journal from a worker thread (the store is an actor).
enum JournalProbe {
    /// How many attempts and refunds (of the run's sale, in a shared journal) have no final state; -1
    /// when the journal cannot be read.
    static func openCount(_ journal: JournalLocation, _ runOnly: String?) -> Int {
        let count = read(journal) { store in
            let attempts = try await runAttempts(store, runOnly)
            var open = attempts.filter { !$0.state.isFinal }.count
            for attempt in attempts { open += try await store.refunds(of: attempt.orderNumber).filter { !$0.state.isFinal }.count }
            return String(open)
        }
        return Int(count ?? "-1") ?? -1
    }

    /// The state of the run's one attempt, "none" before it is stored.
    static func attemptState(_ journal: JournalLocation, _ runOnly: String?) -> String {
        read(journal) { store in try await runAttempts(store, runOnly).first?.state.rawValue ?? "none" } ?? "unreadable"
    }

    /// The attempts of the run: all of its own journal's, or those of the sale described `runOnly`.
    static func runAttempts(_ store: JournalStore, _ runOnly: String?) async throws -> [PaymentAttempt] {
        let all = try await store.recentAttempts()
        guard let runOnly else { return all }
        var mine: [PaymentAttempt] = []
        for attempt in all where try await store.sale(id: attempt.saleID)?.description == runOnly { mine.append(attempt) }
        return mine
    }

    private static func read(_ journal: JournalLocation, _ body: @escaping @Sendable (JournalStore) async throws -> String) -> String? {
        let box = TextBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = try? await body(try JournalStore(location: journal))
            done.signal()
        }
        done.wait()
        return box.value
    }

    private final class TextBox: @unchecked Sendable {
        // Written by the task before it signals, read after the wait.
        var value: String?
    }
}
