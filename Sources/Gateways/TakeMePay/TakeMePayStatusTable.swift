import TillCore

/// TakeMe Pay's status words mapped onto Till's state machines.
public enum TakeMePayStatusTable {
    /// Source statuses. `chargeable` means the buyer paid and Till must charge the source; `consumed`
    /// means it was charged: the charge's own status decides.
    public static let source: [String: AttemptState] = [
        "pending": .awaitingBuyer,
        "chargeable": .processing,
        "consumed": .processing,
        "failed": .failed,
        "canceled": .canceled,
    ]

    /// Charge statuses.
    public static let charge: [String: AttemptState] = [
        "pending": .processing,
        "succeeded": .succeeded,
        "failed": .failed,
    ]

    /// Refund statuses.
    public static let refund: [String: RefundState] = [
        "pending": .pending,
        "succeeded": .succeeded,
        "failed": .failed,
    ]

    static func lookUp<State>(_ table: [String: State], _ word: String, field: String) throws(GatewayError) -> State {
        guard let state = table[word] else { throw AnswerError.unknownStatus(word, field: field) }
        return state
    }
}
