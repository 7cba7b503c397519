import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// The store's journal on PostgreSQL, through postgres-nio: one session per process. The journal's
/// calls are synchronous (an actor's turns, as with SQLite), so each waits on the driver's answer;
/// the driver runs on its own event loop, never on the thread that waits.
final class PostgresJournalConnection: JournalDatabase {
    private let connection: PostgresConnection
    private let logger: Logger
    let address: PostgresAddress
    private(set) var changes = 0
    var location: String { address.description }

    /// The key of the transaction-scoped advisory lock every write transaction takes: writers take
    /// turns as on SQLite's one file, so a receipt number read and written in a transaction is the
    /// store's next one. A lane that dies mid-transaction loses its session, and the lock with it.
    static let writerLock: Int64 = 0x5449_4C4C_0001  // "TILL", 1

    init(address: PostgresAddress) throws(JournalError) {
        self.address = address
        var logger = Logger(label: "till.journal.postgres")
        logger.logLevel = .critical  // the driver's own lines would land on the counter's screen
        self.logger = logger
        connection = try Self.connect(address, logger: logger)
    }

    /// A new session with the server at `address`, or why there is none (without the password).
    static func connect(_ address: PostgresAddress, logger: Logger) throws(JournalError) -> PostgresConnection {
        do {
            let configuration = PostgresConnection.Configuration(
                host: address.host, port: address.port, username: address.user, password: address.password,
                database: address.database, tls: try Self.tls(address.sslMode))
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw JournalError.cannotReach(address: address.description, reason: Self.reason(error, at: address))
        }
    }

    deinit { try? connection.close().wait() }

    private static func tls(_ mode: PostgresAddress.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    func execute(_ sql: String) throws(JournalError) {
        try run(sql, [])
    }

    @discardableResult
    func query(_ sql: String, _ parameters: [JournalValue]) throws(JournalError) -> [JournalRow] {
        let rows = try run(sql, parameters)
        guard let first = rows.first else { return [] }
        let columns = JournalColumns(names: first.map(\.columnName))
        var result: [JournalRow] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            var values: [JournalValue] = []
            values.reserveCapacity(columns.names.count)
            for cell in row { values.append(try Self.value(of: cell)) }
            result.append(JournalRow(columns: columns, values: values))
        }
        return result
    }

    func forEachRow(_ sql: String, _ parameters: [JournalValue], _ body: (_ text: (Int32) -> String?) -> Void)
        throws(JournalError)
    {
        for row in try query(sql, parameters) {
            body { column in row.values.indices.contains(Int(column)) ? row.values[Int(column)].asText : nil }
        }
    }

    /// `BEGIN`, then the store's writer lock (see `writerLock`).
    var beginWriting: [String] { ["BEGIN", "SELECT pg_advisory_xact_lock(\(Self.writerLock))"] }

    /// Sends one statement, its `?` parameters numbered as PostgreSQL's `$1`, `$2`, …
    @discardableResult
    private func run(_ sql: String, _ parameters: [JournalValue]) throws(JournalError) -> [PostgresRow] {
        var bindings = PostgresBindings(capacity: parameters.count)
        for parameter in parameters {
            switch parameter {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            }
        }
        let statement = PostgresQuery(unsafeSQL: PostgresStatementText.numberingParameters(sql), binds: bindings)
        do {
            let result = try connection.query(statement, logger: logger).wait()
            changes = result.metadata.rows ?? 0
            return result.rows
        } catch {
            throw Self.journalError(error)
        }
    }

    /// A cell as the journal reads it: integers (and PostgreSQL's booleans and whole `numeric`s, what
    /// `SUM` of a `bigint` gives) as `.integer`, everything else as text.
    private static func value(of cell: PostgresCell) throws(JournalError) -> JournalValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .numeric:
                let decimal = try cell.decode(Decimal.self)
                guard let whole = Int64(exactly: NSDecimalNumber(decimal: decimal).int64Value),
                    Decimal(whole) == decimal
                else { throw JournalError.corruptRow("\(cell.columnName) is not a whole number") }
                return .integer(whole)
            default: return .text(try cell.decode(String.self))
            }
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError.corruptRow("\(cell.columnName) of type \(cell.dataType) cannot be read")
        }
    }

    /// The server's own words and SQLSTATE class 23 (integrity) as a constraint, like SQLite's.
    private static func journalError(_ error: any Error) -> JournalError {
        guard let error = error as? PSQLError else { return .database(String(describing: error)) }
        if let state = error.serverInfo?[.sqlState], let message = error.serverInfo?[.message] {
            return state.hasPrefix("23") ? .constraint(message) : .database(message)
        }
        return .database(String(describing: error.code))
    }

    /// A short reason, with no password: the server's message, or that nothing answered.
    private static func reason(_ error: any Error, at address: PostgresAddress) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if error.code == .connectionError { return "nothing answered on \(address.host) port \(address.port)" }
            return String(describing: error.code)
        }
        return String(describing: error)
    }
}
