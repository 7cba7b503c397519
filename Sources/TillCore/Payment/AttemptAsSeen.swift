/// What a person saw of an attempt when they chose to act on it (mark it handled): its state and
/// its flag for the manager. The act is written only if the attempt is still so, in the same
/// transaction: another process may have settled or flagged it while they typed.
public struct AttemptAsSeen: Equatable, Sendable {
    public let state: AttemptState
    /// The attempt's `attention` flag, if it had one.
    public let attention: String?

    public init(state: AttemptState, attention: String?) {
        self.state = state
        self.attention = attention
    }
}
