import TillCore

/// A handled mark as people read it: who handled the attempt, when (written in the counter's time
/// zone, like the history's other times) and their note.
public struct HandledNote: Equatable, Sendable {
    public var orderNumber: MerchantOrderNumber
    /// `14:03:22` today, `12-01 14:03` on an earlier day.
    public var time: String
    public var person: String
    public var note: String

    public init(orderNumber: MerchantOrderNumber, time: String, person: String, note: String) {
        self.orderNumber = orderNumber
        self.time = time
        self.person = person
        self.note = note
    }

    /// `10:20:00 by alice: called the buyer`.
    public var text: String { "\(time) by \(person): \(note)" }
}
