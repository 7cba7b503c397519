import Foundation

/// A `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]` address, read
/// strictly: what is wrong is said, and the password never appears in `description` or a message.
public struct PostgresAddress: Equatable, Sendable, CustomStringConvertible {
    public let user: String
    let password: String?
    public let host: String
    public let port: Int
    public let database: String
    /// `sslmode`: `prefer` (the default, as libpq's), `require` or `disable`.
    public let sslMode: SSLMode

    /// How the connection is encrypted.
    public enum SSLMode: String, Sendable {
        case disable, prefer, require
    }

    /// Reads `text`; nil when it is not a PostgreSQL address at all (a file path, say).
    public init?(_ text: String) throws(JournalError) {
        guard text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") else { return nil }
        guard let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
            throw JournalError.badAddress("it needs a host: postgresql://USER@HOST:PORT/DATABASE")
        }
        guard let user = parts.user?.removingPercentEncoding, !user.isEmpty else {
            throw JournalError.badAddress("it needs a user before the host: postgresql://USER@\(host)/DATABASE")
        }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw JournalError.badAddress("it needs one database name after the host: postgresql://\(user)@\(host)/DATABASE")
        }
        let port = parts.port ?? 5432
        guard (1...65_535).contains(port) else { throw JournalError.badAddress("the port must be between 1 and 65535") }
        var mode = SSLMode.prefer
        for item in parts.queryItems ?? [] {
            guard item.name == "sslmode", let value = item.value.flatMap(SSLMode.init(rawValue:)) else {
                throw JournalError.badAddress("the only setting it takes is sslmode=disable, prefer or require")
            }
            mode = value
        }
        self.user = user
        self.password = parts.password?.removingPercentEncoding
        self.host = host
        self.port = port
        self.database = database.removingPercentEncoding ?? database
        self.sslMode = mode
    }

    /// The address with the password left out.
    public var description: String { "postgresql://\(user)@\(host):\(port)/\(database)" }
}
