import TillCore

/// One attempt in full for the details view: its transitions, refunds and handled marks, oldest first.
public struct HistoryDetails: Equatable, Sendable {
    /// One stored state change.
    public struct Transition: Equatable, Sendable {
        public var time: String
        public var from: AttemptState?
        public var to: AttemptState
        /// The gateway's code, if it gave one.
        public var code: String?
        /// Till's own remark (`cashier cancelled`).
        public var note: String?

        public init(time: String, from: AttemptState?, to: AttemptState, code: String? = nil, note: String? = nil) {
            self.time = time
            self.from = from
            self.to = to
            self.code = code
            self.note = note
        }
    }

    /// One refund of the attempt.
    public struct RefundLine: Equatable, Sendable {
        public var number: String
        public var time: String
        public var amount: Money
        public var state: RefundState
        public var reason: String?

        public init(number: String, time: String, amount: Money, state: RefundState, reason: String? = nil) {
            self.number = number
            self.time = time
            self.amount = amount
            self.state = state
            self.reason = reason
        }
    }

    public var entry: HistoryEntry
    public var transitions: [Transition]
    public var refunds: [RefundLine]
    /// Every handled mark, oldest first (also those a later change no longer covers).
    public var handled: [HandledNote]

    public init(entry: HistoryEntry, transitions: [Transition], refunds: [RefundLine], handled: [HandledNote] = []) {
        self.entry = entry
        self.transitions = transitions
        self.refunds = refunds
        self.handled = handled
    }
}
