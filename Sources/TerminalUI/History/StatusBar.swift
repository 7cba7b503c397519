import TillStrings

/// The count of attempts that need a person (`Checkout.NeedsAPerson`, the same rule as the
/// history's `!`) on every screen, on the right of the key bar ("! 2 to handle — F2"): hints that
/// would run into it are left out, never cut.
enum StatusBar {
    /// The text, or nil while there is no journal or no count yet.
    static func text(_ model: AppModel) -> String? {
        guard model.history.isAvailable, let count = model.history.toHandleCount else { return nil }
        if count == 0 { return model.strings[.toHandleNone] }
        return model.strings.text(model.screen == .history ? .toHandle : .toHandleF2, ["count": "\(count)"])
    }

    /// Draws the key bar with `hints` and the status at its right end.
    static func drawKeyBar(_ hints: [KeyHint], model: AppModel, into frame: inout Frame) {
        let row = frame.rows - 1
        let theme = model.theme
        guard let status = text(model) else {
            frame.keyBar(hints, row: row, keyStyle: theme.keyBarKey, actionStyle: theme.keyBarAction)
            return
        }
        let statusWidth = CharacterWidth.of(status) + 2
        var room = frame.columns - statusWidth
        let fitting = hints.prefix { hint in
            room -= CharacterWidth.of(hint.key) + CharacterWidth.of(hint.action) + 3
            return room >= 0
        }
        for hint in hints.dropFirst(fitting.count) { frame.noteLeftOut(hint) }
        frame.keyBar(Array(fitting), row: row, keyStyle: theme.keyBarKey, actionStyle: theme.keyBarAction)
        let style = model.history.toHandleCount == 0 ? theme.keyBarAction : theme.keyBarKey
        frame.text(
            " \(status) ", column: max(0, frame.columns - statusWidth), row: row, width: statusWidth, style: style,
            alignment: .trailing)
    }
}
