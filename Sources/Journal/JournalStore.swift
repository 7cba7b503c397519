import Foundation
import TillCore

/// The durable record of every sale, payment attempt, state transition and refund: one SQLite file in
/// WAL mode. It is write-ahead: the checkout stores an attempt here before it calls the gateway, and
/// each transition as it happens, so after a crash `unresolvedAttempts()` says what to finish.
public actor JournalStore {
    let connection: SQLiteConnection

    /// The newest schema this Till knows.
    static var schemaVersion: Int { JournalSchema.migrations.count }

    /// Opens the journal at `path`, creating the file and its folder if needed, and migrates it.
    public init(path: String) throws(JournalError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw JournalError.cannotOpen(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        connection = try SQLiteConnection(path: path)
        try Self.switchToWAL(connection)
        try connection.execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
        try Self.migrate(connection)
    }

    /// Puts the file in WAL mode. Several processes opening a new file at once race to convert it, and
    /// SQLite can answer the losers "database is locked" at once, without waiting out the busy
    /// timeout: asked again a moment later, the file is already in WAL mode. Tried for up to 5 s.
    private static func switchToWAL(_ connection: SQLiteConnection) throws(JournalError) {
        var attempt = 0
        while true {
            do {
                try connection.execute("PRAGMA journal_mode = WAL")
                return
            } catch {
                attempt += 1
                guard attempt < 250 else { throw error }
                usleep(20_000)
            }
        }
    }

    /// The default place: `$XDG_DATA_HOME/till/journal.sqlite`, else `~/.local/share/till/journal.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return base + "/till/journal.sqlite"
    }

    /// Brings the file to `schemaVersion`: every pending migration in one transaction (one write to
    /// disk for a new file, which a counter's first start waits on).
    private static func migrate(_ connection: SQLiteConnection) throws(JournalError) {
        let found = try version(connection)
        guard found <= schemaVersion else { throw JournalError.newerSchema(found: found, supported: schemaVersion) }
        guard found < schemaVersion else { return }
        try connection.transaction { () throws(JournalError) in
            // Two processes opening a new file at once both see version 0: the second to take the
            // write lock finds the migrations done and must not run them again.
            let current = try version(connection)
            for (index, migration) in JournalSchema.migrations.enumerated() where index >= current {
                try connection.execute(migration)
            }
            try connection.execute("PRAGMA user_version = \(schemaVersion)")
        }
    }

    private static func version(_ connection: SQLiteConnection) throws(JournalError) -> Int {
        Int(try connection.query("PRAGMA user_version").first?.integer("user_version") ?? 0)
    }
}

extension Date {
    /// Unix milliseconds, the journal's time column format.
    var journalMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    init(journalMilliseconds: Int64) {
        self.init(timeIntervalSince1970: TimeInterval(journalMilliseconds) / 1000)
    }
}

extension JournalStore {
    /// Runs raw SQL: for tests and diagnostics only, never for the checkout's writes.
    func inspect(_ sql: String) throws(JournalError) -> [SQLiteRow] {
        try connection.query(sql)
    }
}
