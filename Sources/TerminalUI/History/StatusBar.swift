import TillStrings

/// The lane (in a store of several), the open shift (cashier and number) and the count of attempts that need a person (`Checkout.NeedsAPerson`, the same rule as the
/// history's `!`) on every screen, on the right of the key bar ("! 2 to handle — F2"): hints that
/// would run into it are left out, never cut.
enum StatusBar {
    /// The text, or nil while there is no journal or no count yet.
    static func text(_ model: AppModel) -> String? {
        let shift = shiftText(model)
        // With the shift shown, "0 to handle" gives its room to the keys.
        let toHandle = shift != nil && model.history.toHandleCount == 0 ? nil : toHandleText(model)
        let parts = [model.lane, shift, toHandle].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " │ ")
    }

    /// The open shift's cashier and number, or that none is open; nil before the desk answered.
    static func shiftText(_ model: AppModel) -> String? {
        guard model.shop.isAvailable, model.shop.isShiftKnown else { return nil }
        guard let shift = model.shop.shift else { return model.strings[.shiftNone] }
        return model.strings.text(.shiftOn, ["cashier": shift.cashier, "id": String(shift.id)])
    }

    private static func toHandleText(_ model: AppModel) -> String? {
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
        let style = (model.history.toHandleCount ?? 0) == 0 ? theme.keyBarAction : theme.keyBarKey
        frame.text(
            " \(status) ", column: max(0, frame.columns - statusWidth), row: row, width: statusWidth, style: style,
            alignment: .trailing)
    }
}
