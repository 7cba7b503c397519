import TillCore

/// TapIn's `status` words mapped onto the attempt state machine. `money release` means the paid
/// money was released to the merchant: still paid.
public enum TapInStatusTable {
    public static let payment: [String: AttemptState] = [
        "waiting pay": .awaitingBuyer,
        "pay success": .succeeded,
        "money release": .succeeded,
    ]

    /// The state for `word`, or an explicit error for a word not in the table.
    static func state(for word: String) throws(GatewayError) -> AttemptState {
        guard let state = payment[word] else { throw AnswerError.unknownStatus(word, field: "data.status") }
        return state
    }
}
