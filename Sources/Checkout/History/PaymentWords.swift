import TillCore

/// The words a person reads for a payment's state: the same on the counter's history, `till journal
/// list` and `till journal show`. Machine output (JSON lines, CSV, the journal itself) keeps the state
/// machine's names (`succeeded`, `canceled`), which scripts rely on.
public enum PaymentWords {
    /// `paid`, `refunded` (paid and given back in full), `waiting`, `cancelled`...
    public static func state(_ state: AttemptState, refundedInFull: Bool = false) -> String {
        switch state {
        case .created: "starting"
        case .awaitingBuyer: "waiting"
        case .processing: "processing"
        case .succeeded: refundedInFull ? "refunded" : "paid"
        case .failed: "failed"
        case .canceled: "cancelled"
        case .unconfirmed: "unconfirmed"
        case .closed: "closed"
        }
    }

    /// `asked`, `at the gateway`, `refunded`, `refund failed`.
    public static func refund(_ state: RefundState) -> String {
        switch state {
        case .requested: "asked"
        case .pending: "at the gateway"
        case .succeeded: "refunded"
        case .failed: "refund failed"
        }
    }
}
