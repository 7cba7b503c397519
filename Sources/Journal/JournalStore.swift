import Foundation
import TillCore

/// The durable record of every sale, payment attempt, state transition and refund: one SQLite file in
/// WAL mode for a counter, or one PostgreSQL database for a store's lanes. It is write-ahead: the
/// checkout stores an attempt here before it calls the gateway, and each transition as it happens, so
/// after a crash `unresolvedAttempts()` says what to finish.
public actor JournalStore {
    let connection: any JournalDatabase
    /// Where this journal is (a PostgreSQL address never shows its password).
    public nonisolated let location: JournalLocation
    /// The lane writing through this store (`[lane] id`), stamped on its sales and receipts; nil alone.
    public nonisolated let lane: String?

    /// Opens the journal file at `path`, creating the file and its folder if needed, and migrates it.
    public init(path: String) throws(JournalError) {
        try self.init(location: .file(path))
    }

    /// Opens the journal at `location` and brings it to this Till's schema.
    public init(location: JournalLocation, lane: String? = nil) throws(JournalError) {
        self.location = location
        self.lane = lane
        connection = try Self.connect(location)
        try Self.migrate(connection)
    }

    /// Opens the database at `location` as it is, not migrated yet.
    static func connect(_ location: JournalLocation) throws(JournalError) -> any JournalDatabase {
        switch location {
        case .file(let path): return try openFile(path)
        case .postgres(let address):
            #if TILL_WITHOUT_POSTGRES
                // The fuzz build (Fuzz/Package.swift) leaves postgres-nio out.
                throw JournalError.cannotReach(address: address.description, reason: "this build has no PostgreSQL driver")
            #else
                return try PostgresJournalConnection(address: address)
            #endif
        }
    }

    private static func openFile(_ path: String) throws(JournalError) -> SQLiteConnection {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw JournalError.cannotOpen(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        let connection = try SQLiteConnection(path: path)
        try switchToWAL(connection)
        try connection.execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
        return connection
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
    func inspect(_ sql: String) throws(JournalError) -> [JournalRow] {
        try connection.query(sql)
    }
}
