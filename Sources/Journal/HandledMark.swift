import Foundation
import TillCore

/// A person's record that they looked at an attempt that needed one, and what they did: the note,
/// who, and when. It covers the attempt as they saw it (its state and its flag), so a later change
/// (a late payment found, a new flag) needs a person again.
public struct HandledMark: Equatable, Sendable {
    /// The attempt's order number.
    public let orderNumber: MerchantOrderNumber
    /// What the person did or found, in their words.
    public let note: String
    /// Who: the name the counter or the command line runs under.
    public let person: String
    /// When, by the journal's wall clock.
    public let at: Date
    /// The attempt's state when it was handled.
    public let state: AttemptState
    /// The attempt's flag for the manager when it was handled, if it had one.
    public let attention: String?

    public init(
        orderNumber: MerchantOrderNumber, note: String, person: String, at: Date, state: AttemptState, attention: String?
    ) {
        self.orderNumber = orderNumber
        self.note = note
        self.person = person
        self.at = at
        self.state = state
        self.attention = attention
    }

    /// True while the attempt is as the person saw it: same state, same flag.
    public func covers(_ attempt: PaymentAttempt) -> Bool {
        attempt.orderNumber == orderNumber && attempt.state == state && attempt.attention == attention
    }

    init(row: JournalRow) throws(JournalError) {
        guard let order = row.text("order_number"), let note = row.text("note"), let person = row.text("handled_by"),
            let at = row.integer("at"), let state = row.text("state").flatMap(AttemptState.init(rawValue:))
        else { throw JournalError.corruptRow("handled mark \(row.integer("id") ?? -1)") }
        self.init(
            orderNumber: MerchantOrderNumber(rawValue: order), note: note, person: person,
            at: Date(journalMilliseconds: at), state: state, attention: row.text("attention"))
    }
}
