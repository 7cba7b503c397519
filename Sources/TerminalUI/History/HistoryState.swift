/// What the history screen shows.
public struct HistoryState: Equatable, Sendable {
    public init() {}
}

/// News from the history's reader (answers to `HistoryRequest`).
public enum HistoryUpdate: Equatable, Sendable {}

/// What the history screen asks of the journal and the checkout flows.
public enum HistoryRequest: Equatable, Sendable {}
