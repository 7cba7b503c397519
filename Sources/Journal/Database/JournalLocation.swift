/// Where a journal is: a SQLite file (one counter, the default) or a PostgreSQL database (a store's
/// lanes sharing one journal).
public enum JournalLocation: Equatable, Sendable, CustomStringConvertible {
    case file(String)
    case postgres(PostgresAddress)

    /// `[journal] url` when there is one, else the file (`--journal`, `[journal] path`, the default).
    public init(url: String?, path: String) throws(JournalError) {
        guard let url else {
            self = .file(path)
            return
        }
        guard let address = try PostgresAddress(url) else {
            throw JournalError.badAddress("it must start with postgresql://")
        }
        self = .postgres(address)
    }

    /// The file's path, or the address without its password.
    public var description: String {
        switch self {
        case .file(let path): path
        case .postgres(let address): address.description
        }
    }
}
