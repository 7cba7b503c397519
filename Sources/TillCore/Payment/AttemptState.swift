/// Where one payment attempt stands. Every gateway's status words map onto these states, and the
/// journal stores them; `transitions` is the one table of legal moves.
public enum AttemptState: String, CaseIterable, Codable, CustomStringConvertible, StateMachineState {
    /// Stored in the journal; the gateway has not answered the create yet.
    case created
    /// The gateway has the payment; the QR is shown or the buyer code was sent.
    case awaitingBuyer
    /// The buyer acted; the gateway is settling (a pending charge, `USERPAYING`).
    case processing
    /// Paid. Final.
    case succeeded
    /// Refused or failed at the gateway. Final.
    case failed
    /// Cancelled, and the gateway confirmed nothing can be paid any more. Final.
    case canceled
    /// The cashier stopped waiting without a final answer; the reconciler finds out.
    case unconfirmed
    /// An unconfirmed attempt that the gateway closed unpaid. Final.
    case closed

    /// The states an attempt may move to from each state.
    public static let transitions: [AttemptState: Set<AttemptState>] = [
        .created: [.awaitingBuyer, .processing, .succeeded, .failed, .canceled, .unconfirmed],
        .awaitingBuyer: [.processing, .succeeded, .failed, .canceled, .unconfirmed],
        .processing: [.succeeded, .failed, .canceled, .unconfirmed],
        .unconfirmed: [.succeeded, .failed, .closed],
        .succeeded: [],
        .failed: [],
        .canceled: [],
        .closed: [],
    ]

    public var description: String { rawValue }
}
