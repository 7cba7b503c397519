import TillCore

/// Why the journal could not do what was asked. Messages say what to do; none contains a secret,
/// because the journal never holds one.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file was written by a newer Till.
    case newerSchema(found: Int, supported: Int)
    /// SQLite refused a statement.
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

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "Cannot open the journal at \(path): \(reason). Check that the folder exists and is writable, or pass --journal PATH."
        case .newerSchema(let found, let supported):
            "The journal was written by a newer Till (schema \(found), this Till knows \(supported)). Upgrade Till; the file is left untouched."
        case .database(let message):
            "The journal refused a write: \(message)."
        case .constraint(let message):
            "The journal refused a duplicate or dangling record: \(message)."
        case .unknownOrder(let order):
            "No payment with order number \(order) is in the journal. Check the number with `till journal list`."
        case .illegalTransition(let order, let from, let to):
            "Order \(order) cannot move from \(from) to \(to)."
        case .notRefundable(let order, let state):
            "Order \(order) is \(state), not paid: there is nothing to refund."
        case .refundTooLarge(let order, let left):
            "A refund of order \(order) cannot exceed what is left to refund, \(left.formatted()). Enter a smaller amount."
        case .corruptRow(let what):
            "The journal holds a record Till cannot read (\(what))."
        case .changedSinceSeen(let order):
            "Order \(order) changed while the note was written (Till settled or flagged it): nothing was marked; look at it again."
        }
    }
}
