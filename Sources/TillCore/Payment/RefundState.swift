/// Where one refund stands: `requested → pending → succeeded | failed`.
public enum RefundState: String, CaseIterable, Codable, CustomStringConvertible, StateMachineState {
    /// Stored in the journal; the gateway has not answered yet.
    case requested
    /// The gateway accepted the refund and is processing it.
    case pending
    /// The money went back to the buyer. Final.
    case succeeded
    /// The gateway refused or failed the refund. Final.
    case failed

    /// The states a refund may move to from each state. A gateway may answer a refund at once, so
    /// `requested` may end without passing `pending`.
    public static let transitions: [RefundState: Set<RefundState>] = [
        .requested: [.pending, .succeeded, .failed],
        .pending: [.succeeded, .failed],
        .succeeded: [],
        .failed: [],
    ]

    public var description: String { rawValue }
}
