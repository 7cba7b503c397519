import TillCore

/// Pomelo's transaction `state` words mapped onto the attempt state machine. `REFUND_REQUESTED` and
/// `REFUNDED` are reached from the merchant portal after a payment: the payment itself succeeded,
/// and the state word is kept in `gatewayStatus` for Till to show.
public enum PomeloStatusTable {
    public static let payment: [String: AttemptState] = [
        "QR_CODE_GENERATED": .awaitingBuyer,
        "CONFIRMED": .succeeded,
        "CANCELLED": .canceled,
        "REFUND_REQUESTED": .succeeded,
        "REFUNDED": .succeeded,
    ]

    static func state(for word: String) throws(GatewayError) -> AttemptState {
        guard let state = payment[word] else { throw AnswerError.unknownStatus(word, field: "state") }
        return state
    }
}
