import TillCore
import TillStrings

/// Why the journal could not do what was asked. Messages say what to do; none contains a secret,
/// because the journal never holds one.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// `[journal] url` is not a PostgreSQL address; `reason` says what is missing.
    case badAddress(String)
    /// The PostgreSQL server could not be reached or refused the user (`address` has no password).
    case cannotReach(address: String, reason: String)
    /// The file was written by a newer Till.
    case newerSchema(found: Int, supported: Int)
    /// The database refused a statement.
    case database(String)
    /// A uniqueness or reference rule was broken (a second attempt with the same order number).
    case constraint(String)
    /// No attempt has this order number.
    case unknownOrder(String)
    /// The state machine forbids the move.
    case illegalTransition(order: String, from: String, to: String)
    /// Only a paid attempt can be refunded.
    case notRefundable(order: String, state: String)
    /// The refund asks for more than is left to refund .
    case refundTooLarge(order: String, left: Money)
    /// A stored row cannot be read back (an unknown currency or state word).
    case corruptRow(String)
    /// The attempt changed (settled, flagged) between the person's look and their handled mark.
    case changedSinceSeen(order: String)

    public var description: String { message(in: Strings(.en)) }

    /// The sentence in the language of `strings`; SQLite's own words and the path stay as they are.
    public func message(in strings: Strings) -> String {
        switch self {
        case .cannotOpen(let path, let reason):
            strings.text(.journalCannotOpen, ["path": path, "reason": reason])
        case .badAddress(let reason):
            strings.text(.journalBadAddress, ["reason": reason])
        case .cannotReach(let address, let reason):
            strings.text(.journalCannotReach, ["address": address, "reason": reason])
        case .newerSchema(let found, let supported):
            strings.text(.journalNewerSchema, ["found": String(found), "supported": String(supported)])
        case .database(let message):
            strings.text(.journalDatabase, ["message": message])
        case .constraint(let message):
            strings.text(.journalConstraint, ["message": message])
        case .unknownOrder(let order):
            strings.text(.journalUnknownOrder, ["order": order])
        case .illegalTransition(let order, let from, let to):
            strings.text(.journalIllegalTransition, ["order": order, "from": from, "to": to])
        case .notRefundable(let order, let state):
            strings.text(.journalNotRefundable, ["order": order, "state": state])
        case .refundTooLarge(let order, let left):
            strings.text(.journalRefundTooLarge, ["order": order, "left": left.formatted()])
        case .corruptRow(let what):
            strings.text(.journalCorruptRow, ["what": what])
        case .changedSinceSeen(let order):
            strings.text(.journalChangedSinceSeen, ["order": order])
        }
    }
}
