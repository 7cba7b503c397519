import TillCore

/// Today's sales (and earlier attempts that need a person), newest first; the selected one's
/// details; the refund and handled-note prompts over either. Attempts that need a person carry a
/// `!`, handled ones a `✓`, as well as a colour, since the `linux` console has 8 colours and some
/// themes none.
enum HistoryScreen {
    static let helpText =
        "↑↓ move · Enter details · r refund · c check now · h handled · F5 reload · Esc back · ! = to handle"

    static func hints(for mode: HistoryState.Mode) -> [KeyHint] {
        switch mode {
        case .list:
            [KeyHint("Enter", "Details"), KeyHint("r", "Refund"), KeyHint("c", "Check"), KeyHint("h", "Handled"),
             KeyHint("Esc", "Back"), KeyHint("↑↓", "Move"), KeyHint("F5", "Reload"), KeyHint("F10", "Quit")]
        case .details:
            [KeyHint("r", "Refund"), KeyHint("c", "Check"), KeyHint("h", "Handled"), KeyHint("Esc", "List"),
             KeyHint("↑↓", "Other sale"), KeyHint("F10", "Quit")]
        case .refundAmount: [KeyHint("Enter", "Next"), KeyHint("Esc", "Cancel")]
        case .refundConfirm: [KeyHint("Enter", "Refund"), KeyHint("Esc", "Back")]
        case .refunding: []
        case .handleNote: [KeyHint("Enter", "Save note"), KeyHint("Esc", "Cancel")]
        }
    }

    /// The history's box: the whole width up to 96 columns, between the title and the key bar.
    static func rect(in size: TerminalSize) -> Rect {
        let width = min(size.columns - 2, 96)
        return Rect(column: (size.columns - width) / 2, row: 1, width: width, height: size.rows - 2)
    }

    /// Inside the box, with a column of padding on each side.
    static func inner(in size: TerminalSize) -> Rect {
        let box = rect(in: size)
        return Rect(column: box.column + 2, row: box.row + 1, width: box.width - 4, height: box.height - 2)
    }

    /// How many attempts the list shows at once: the box less the header, the legend and the message.
    static func visibleRows(in size: TerminalSize) -> Int {
        inner(in: size).height - 3
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        TillApp.drawTitle(model, into: &frame)
        let box = rect(in: frame.size)
        switch history.mode {
        case .details:
            frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: "Sale details")
            HistoryDetailsView.draw(model, in: inner(in: frame.size), into: &frame)
        case .list, .refundAmount, .refundConfirm, .refunding, .handleNote:
            if history.mode != .list, history.promptReturnMode == .details {
                frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: "Sale details")
                HistoryDetailsView.draw(model, in: inner(in: frame.size), into: &frame)
            } else {
                frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: "Today's sales")
                drawList(model, into: &frame)
            }
        }
        if [HistoryState.Mode.refundAmount, .refundConfirm, .refunding].contains(history.mode) {
            RefundPromptView.draw(model, over: inner(in: frame.size), into: &frame)
        }
        if history.mode == .handleNote { HandlePromptView.draw(model, over: inner(in: frame.size), into: &frame) }
        TillApp.drawKeyBar(hints(for: history.mode), model: model, into: &frame)
    }

    private static func drawList(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        let area = inner(in: frame.size)
        let layout = HistoryColumns(width: area.width, timeWidth: history.entries.map { CharacterWidth.of($0.time) }.max() ?? 8)
        layout.drawHeader(column: area.column, row: area.row, style: theme.commodityName.bold(), into: &frame)
        let visible = visibleRows(in: frame.size)
        let top = history.selected >= visible ? history.selected - visible + 1 : 0
        if history.entries.isEmpty {
            let text = history.isLoading ? "Reading the journal…" : "No sales today yet."
            frame.text(text, column: area.column, row: area.row + 2, width: area.width, style: theme.hint)
        }
        for (offset, entry) in history.entries.dropFirst(top).prefix(visible).enumerated() {
            let index = top + offset
            let isSelected = index == history.selected
            var style = entry.needsAPerson ? theme.error.bold(false) : theme.paymentMethod.bold(false)
            if isSelected { style = style.reversed() }
            layout.draw(entry, selected: isSelected, column: area.column, row: area.row + 1 + offset, style: style, into: &frame)
        }
        let legendRow = area.bottom - 2
        var legend = [history.entries.count == 1 ? "1 payment" : "\(history.entries.count) payments"]
        if history.entries.contains(where: \.needsAPerson) { legend.append("! = needs a person (c check, h handled)") }
        if history.entries.contains(where: { $0.handled != nil }) { legend.append("✓ = handled") }
        frame.text(legend.joined(separator: " · "), column: area.column, row: legendRow, width: area.width, style: theme.hint)
        drawMessage(model, row: area.bottom - 1, in: area, into: &frame)
    }

    /// The message line at the bottom of the box; while a check runs and nothing else is said, that
    /// the gateway is being asked.
    static func drawMessage(_ model: AppModel, row: Int, in area: Rect, into frame: inout Frame) {
        let checking = model.history.checking.map { AppModel.Message.info("Checking order \($0) with the gateway…") }
        guard let message = model.history.message ?? checking else { return }
        let style = message.kind == .error ? model.theme.error : model.theme.paymentMethod
        // Wrapped upwards from `row` onto at most one more row, so a long refusal is read whole.
        let lines = Frame.wrap(message.text, width: area.width)
        let top = lines.count > 1 ? row - 1 : row
        frame.wrappedText(message.text, column: area.column, row: top, width: area.width, rows: row - top + 1, style: style)
    }
}
