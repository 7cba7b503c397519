import TillCore
import TillStrings

/// Today's sales (and earlier attempts that need a person), newest first; the selected one's
/// details; the refund and handled-note prompts over either. Attempts that need a person carry a
/// `!`, handled ones a `✓`, as well as a colour, since the `linux` console has 8 colours and some
/// themes none.
enum HistoryScreen {
    static let helpText =
        "r refund · p receipt · c check · h handled · ←→ day · / search · F5 reload · Esc back · ! to handle"

    static func hints(for mode: HistoryState.Mode, _ strings: Strings, receipts: Bool = false) -> [KeyHint] {
        let refund = KeyHint("r", strings[.hintRefund]), check = KeyHint("c", strings[.hintCheck])
        let handled = KeyHint("h", strings[.hintHandled]), quit = KeyHint("F10", strings[.hintQuit])
        let receipt = receipts ? [KeyHint("p", strings[.hintReceipt])] : []
        switch mode {
        case .list:
            return [
                KeyHint("Enter", strings[.hintDetails]), refund, check, handled, KeyHint("Esc", strings[.hintBack]),
                KeyHint("↑↓", strings[.hintMove]), KeyHint("F5", strings[.hintReload]), quit,
            ] + receipt + [KeyHint("←→", strings[.hintEarlier]), KeyHint("/", strings[.hintSearch])]
        case .details:
            return [refund, check, handled, KeyHint("Esc", strings[.hintList]), KeyHint("↑↓", strings[.hintOtherSale]), quit] + receipt
        case .search: return [KeyHint("Enter", strings[.hintSearch]), KeyHint("Esc", strings[.hintCancel])]
        case .refundAmount: return [KeyHint("Enter", strings[.hintNext]), KeyHint("Esc", strings[.hintCancel])]
        case .refundConfirm: return [KeyHint("Enter", strings[.hintRefund]), KeyHint("Esc", strings[.hintBack])]
        case .refunding: return []
        case .handleNote: return [KeyHint("Enter", strings[.hintSaveNote]), KeyHint("Esc", strings[.hintCancel])]
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
        let strings = model.strings
        TillApp.drawTitle(model, into: &frame)
        let box = rect(in: frame.size)
        switch history.mode {
        case .details:
            frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: strings[.detailsTitle])
            HistoryDetailsView.draw(model, in: inner(in: frame.size), into: &frame)
        case .list, .refundAmount, .refundConfirm, .refunding, .handleNote, .search:
            if history.mode != .list, history.promptReturnMode == .details {
                frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: strings[.detailsTitle])
                HistoryDetailsView.draw(model, in: inner(in: frame.size), into: &frame)
            } else {
                frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: listTitle(model))
                drawList(model, into: &frame)
            }
        }
        if [HistoryState.Mode.refundAmount, .refundConfirm, .refunding].contains(history.mode) {
            RefundPromptView.draw(model, over: inner(in: frame.size), into: &frame)
        }
        if history.mode == .handleNote { HandlePromptView.draw(model, over: inner(in: frame.size), into: &frame) }
        TillApp.drawKeyBar(hints(for: history.mode, strings, receipts: model.shop.isAvailable), model: model, into: &frame)
    }

    /// "Today's sales", another day's, or the search under way.
    static func listTitle(_ model: AppModel) -> String {
        switch model.history.listing {
        case .today: model.strings[.historyTitle]
        case .day: model.strings.text(.historyDayTitle, ["day": model.history.heading ?? "…"])
        case .search(let text): model.strings.text(.historySearching, ["text": text])
        }
    }

    private static func drawList(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        let strings = model.strings
        let area = inner(in: frame.size)
        let layout = HistoryColumns(width: area.width, timeWidth: history.entries.map { CharacterWidth.of($0.time) }.max() ?? 8)
        layout.drawHeader(strings, column: area.column, row: area.row, style: theme.commodityName.bold(), into: &frame)
        let visible = visibleRows(in: frame.size)
        let top = history.selected >= visible ? history.selected - visible + 1 : 0
        if history.entries.isEmpty {
            let empty: StringKey =
                switch history.listing {
                case .today: .historyEmpty
                case .day: .historyEmptyDay
                case .search: .historyNothingFound
                }
            let text = strings[history.isLoading ? .historyReading : empty]
            frame.text(text, column: area.column, row: area.row + 2, width: area.width, style: theme.hint)
        }
        for (offset, entry) in history.entries.dropFirst(top).prefix(visible).enumerated() {
            let index = top + offset
            let isSelected = index == history.selected
            var style = entry.needsAPerson ? theme.error.bold(false) : theme.paymentMethod.bold(false)
            if isSelected { style = style.reversed() }
            layout.draw(entry, strings, selected: isSelected, column: area.column, row: area.row + 1 + offset, style: style, into: &frame)
        }
        let legendRow = area.bottom - 2
        let count = history.entries.count
        var legend = [count == 1 ? strings[.historyOnePayment] : strings.text(.historyPayments, ["count": "\(count)"])]
        if history.entries.contains(where: \.needsAPerson) { legend.append(strings[.legendNeedsPerson]) }
        if history.entries.contains(where: { $0.handled != nil }) { legend.append(strings[.legendHandled]) }
        frame.text(legend.joined(separator: " · "), column: area.column, row: legendRow, width: area.width, style: theme.hint)
        if history.mode == .search { return drawSearch(model, row: area.bottom - 1, in: area, into: &frame) }
        drawMessage(model, row: area.bottom - 1, in: area, into: &frame)
    }

    /// The search as typed, on the message line, with what it may hold above it.
    private static func drawSearch(_ model: AppModel, row: Int, in area: Rect, into frame: inout Frame) {
        let theme = model.theme
        frame.text(model.strings[.historySearchHint], column: area.column, row: row - 1, width: area.width, style: theme.hint)
        frame.fill(Rect(column: area.column, row: row, width: area.width, height: 1), style: theme.focusedField)
        frame.text(
            "/ " + model.history.searchText + "_", column: area.column, row: row, width: area.width, style: theme.focusedField)
    }

    /// The message line at the bottom of the box; while a check runs and nothing else is said, that
    /// the gateway is being asked.
    static func drawMessage(_ model: AppModel, row: Int, in area: Rect, into frame: inout Frame) {
        let checking = model.history.checking.map {
            AppModel.Message.info(model.strings.text(.historyChecking, ["order": "\($0)"]))
        }
        guard let message = model.history.message ?? checking else { return }
        let style = message.kind == .error ? model.theme.error : model.theme.paymentMethod
        // Wrapped upwards from `row` onto at most one more row, so a long refusal is read whole.
        let lines = Frame.wrap(message.text, width: area.width)
        let top = lines.count > 1 ? row - 1 : row
        frame.wrappedText(message.text, column: area.column, row: top, width: area.width, rows: row - top + 1, style: style)
    }
}
