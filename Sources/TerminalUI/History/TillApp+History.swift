extension TillApp {
    /// A key on the history screen.
    static func handleOnHistory(_ key: Key, in model: inout AppModel, effects: inout [AppEffect]) {
        if key == .escape { model.screen = .amount }
    }

    /// An answer from the history's reader.
    static func apply(_ update: HistoryUpdate, to model: inout AppModel, effects: inout [AppEffect]) {}

    /// The journal changed.
    static func journalChanged(_ model: inout AppModel, effects: inout [AppEffect]) {}
}
