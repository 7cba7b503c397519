import Foundation
import TillCore

/// One stored state change of a payment attempt, with the gateway's raw answer behind it.
public struct AttemptTransition: Equatable, Sendable {
    /// The attempt's order number.
    public let orderNumber: MerchantOrderNumber
    /// The state before; nil for the attempt's creation.
    public let from: AttemptState?
    /// The state after.
    public let to: AttemptState
    /// When Till learnt of it.
    public let at: Date
    /// The gateway's code (status word or error code), if any.
    public let rawCode: String?
    /// The gateway's answer or message, secrets masked by the connector.
    public let rawAnswer: String?
    /// Till's own remark (`cashier cancelled`, `late payment: refunded`).
    public let note: String?

    init(row: JournalRow) throws(JournalError) {
        guard let order = row.text("order_number"),
            let to = row.text("to_state").flatMap(AttemptState.init(rawValue:)),
            let at = row.integer("at")
        else { throw JournalError.corruptRow("transition \(row.integer("id") ?? -1)") }
        orderNumber = MerchantOrderNumber(rawValue: order)
        from = row.text("from_state").flatMap(AttemptState.init(rawValue:))
        self.to = to
        self.at = Date(journalMilliseconds: at)
        rawCode = row.text("raw_code")
        rawAnswer = row.text("raw_answer")
        note = row.text("note")
    }
}
