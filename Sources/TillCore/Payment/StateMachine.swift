/// A state of a state machine whose legal moves are one explicit table.
///
/// `AttemptState` and `RefundState` conform; the table is the whole definition, and the methods here
/// are the only way a state changes.
public protocol StateMachineState: Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The states each state may move to. A state with no moves is final.
    static var transitions: [Self: Set<Self>] { get }
}

extension StateMachineState {
    /// True when nothing can change this object any more.
    public var isFinal: Bool { Self.transitions[self, default: []].isEmpty }

    /// True when moving from this state to `next` is legal.
    public func canMove(to next: Self) -> Bool {
        Self.transitions[self, default: []].contains(next)
    }

    /// The next state, or an error naming the illegal move.
    public func moving(to next: Self) throws(IllegalTransition) -> Self {
        guard canMove(to: next) else { throw IllegalTransition(from: rawValue, to: next.rawValue) }
        return next
    }
}

/// A state machine refused a move.
public struct IllegalTransition: Error, Equatable, Sendable, CustomStringConvertible {
    /// The state the object was in.
    public let from: String
    /// The state that was asked for.
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    public var description: String { "cannot move from \(from) to \(to)" }
}
