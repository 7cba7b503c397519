import TillCore
import TillStrings

/// The words a person reads for a payment's state: the same on the counter's history, `till journal
/// list` and `till journal show`. Machine output (JSON lines, CSV, the journal itself) keeps the state
/// machine's names (`succeeded`, `canceled`), which scripts rely on. The words come from the
/// catalog of `strings` (English unless the counter speaks another language).
public enum PaymentWords {
    /// `paid`, `refunded` (paid and given back in full), `waiting`, `cancelled`...
    public static func state(_ state: AttemptState, refundedInFull: Bool = false, in strings: Strings = Strings(.en)) -> String {
        switch state {
        case .created: strings[.stateCreated]
        case .awaitingBuyer: strings[.stateWaiting]
        case .processing: strings[.stateProcessing]
        case .succeeded: strings[refundedInFull ? .stateRefunded : .statePaid]
        case .failed: strings[.stateFailed]
        case .canceled: strings[.stateCancelled]
        case .unconfirmed: strings[.stateUnconfirmed]
        case .closed: strings[.stateClosed]
        }
    }

    /// `asked`, `at the gateway`, `refunded`, `refund failed`.
    public static func refund(_ state: RefundState, in strings: Strings = Strings(.en)) -> String {
        switch state {
        case .requested: strings[.refundAsked]
        case .pending: strings[.refundAtGateway]
        case .succeeded: strings[.refundDone]
        case .failed: strings[.refundStateFailed]
        }
    }
}
