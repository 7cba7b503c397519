import Foundation
import TillCore

extension JournalStore {
    /// Stores that `person` handled the attempt, with their note, and the attempt's state and flag as
    /// the person saw them (`seen`), in one transaction; refused when the attempt has changed since.
    /// The checkout decides whether the attempt needs a person and checks the note; the journal
    /// refuses an unknown order and an empty note.
    @discardableResult
    public func markHandled(
        _ order: MerchantOrderNumber, note: String, by person: String, at time: Date, seen: AttemptAsSeen
    ) throws(JournalError) -> HandledMark {
        try connection.transaction { () throws(JournalError) -> HandledMark in
            guard let attempt = try attempt(order) else { throw JournalError.unknownOrder(order.rawValue) }
            guard attempt.state == seen.state, attempt.attention == seen.attention else {
                throw JournalError.changedSinceSeen(order: order.rawValue)
            }
            let mark = HandledMark(
                orderNumber: order, note: note, person: person, at: Date(journalMilliseconds: time.journalMilliseconds),
                state: attempt.state, attention: attempt.attention)
            try connection.query(
                "INSERT INTO handled (order_number, note, handled_by, at, state, attention, shift_id) VALUES (?, ?, ?, ?, ?, ?, \(openShiftID))",
                [.text(order.rawValue), .text(note), .text(person), .integer(time.journalMilliseconds),
                 .text(attempt.state.rawValue), JournalValue(attempt.attention)])
            return mark
        }
    }

    /// Every handled mark of one attempt, oldest first.
    public func handledMarks(of order: MerchantOrderNumber) throws(JournalError) -> [HandledMark] {
        try connection.query("SELECT * FROM handled WHERE order_number = ? ORDER BY id", [.text(order.rawValue)])
            .map(HandledMark.init(row:))
    }
}
