import Foundation
import Journal
import TillCore

/// Where a test's journal lives: a SQLite file in the test's folder, or, when the run sets
/// `TILL_TEST_POSTGRES_URL` (scripts/test's PostgreSQL round, against `scripts/postgres start`), a
/// database of its own on that server, named after the folder. The same suite then proves both.
public enum TestJournal {
    /// The server's address for a PostgreSQL run, nil for SQLite.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TILL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether this run's journals are on PostgreSQL.
    public static var onPostgres: Bool { postgresURL != nil }

    /// The journal for `file` (a path in the test's own folder): that file, or the PostgreSQL database
    /// named after its folder, created on first use (a second call reopens the same journal).
    public static func location(_ file: String) throws -> JournalLocation {
        guard let url = postgresURL, let server = try PostgresAddress(url) else { return .file(file) }
        let name = "till_" + String(FNV1a.hash(file), radix: 16)
        let result = try Subprocess.run(
            "/usr/bin/env",
            ["createdb", "-h", server.host, "-p", String(server.port), "-U", server.user, name])
        guard result.status == 0 || result.errorOutput.contains("already exists") else {
            throw Subprocess.Failure(description: "createdb \(name): \(result.errorOutput)")
        }
        guard let address = try PostgresAddress("postgresql://\(server.user)@\(server.host):\(server.port)/\(name)?sslmode=disable")
        else { throw Subprocess.Failure(description: "not a PostgreSQL address: \(url)") }
        return .postgres(address)
    }

    /// The address of the PostgreSQL database for `file` (see `location(_:)`); throws on a SQLite run.
    public static func postgresAddress(_ file: String) throws -> PostgresAddress {
        guard case .postgres(let address) = try location(file) else {
            throw Subprocess.Failure(description: "this run's journals are SQLite files: set TILL_TEST_POSTGRES_URL")
        }
        return address
    }

    /// Whether `condition` holds within `seconds`, asked every 50 ms: for what the server does a moment
    /// after a client lets go (a closed session's locks are freed once its backend has ended).
    public static func soon(within seconds: Int = 10, _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            usleep(50_000)
        }
        return true
    }

    /// Opens the journal for `file` (see `location(_:)`).
    public static func open(_ file: String) throws -> JournalStore {
        try JournalStore(location: location(file))
    }
}
