import Journal
import TillCore

extension PaymentHistory {
    /// Journals that `person` handled `order`, with `note` (checked by `HandlingNote`), at the
    /// context's wall clock. Refused, with the reason, when the order is unknown or needs nobody now
    /// (`NeedsAPerson`), or when the attempt is no longer as `seen` (what the counter showed; the
    /// command line sees it as read here): the counter's `h` and `till journal handle` both come here.
    public func markHandled(
        _ order: MerchantOrderNumber, note: String, by person: String, seen: AttemptAsSeen? = nil
    ) async throws(CheckoutError) -> HandledNote {
        let text = try HandlingNote.checked(note)
        let (attempt, assessment) = try await reading { () throws(JournalError) in
            guard let attempt = try await journal.attempt(order) else { throw JournalError.unknownOrder(order.rawValue) }
            return (attempt, try await assess(attempt))
        }
        guard !assessment.needs.isEmpty else {
            let handled = assessment.handled.flatMap { $0.covers(attempt) ? handledNote($0) : nil }
            throw .notHandled(HandlingNote.nobodyNeeded(order, state: attempt.state, handled: handled))
        }
        let mark = try await reading { () throws(JournalError) in
            try await journal.markHandled(
                order, note: text, by: person, at: context.wallClock(),
                seen: seen ?? AttemptAsSeen(state: attempt.state, attention: attempt.attention))
        }
        return handledNote(mark)
    }
}
