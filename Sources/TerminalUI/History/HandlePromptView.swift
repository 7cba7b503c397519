import Checkout
import TillCore
import TillStrings

/// The handled-note prompt, over the list or the details: the attempt and why it needs a person,
/// the note as typed (its end, when it is longer than the field), and what Enter and Esc do.
enum HandlePromptView {
    static func draw(_ model: AppModel, over area: Rect, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        let strings = model.strings
        guard let target = history.handleTarget else { return }
        let width = min(area.width, 64)
        let height = min(area.height, 11)
        let box = Rect(
            column: area.column + (area.width - width) / 2, row: area.row + (area.height - height) / 2, width: width,
            height: height)
        frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: strings[.handleTitle])
        let inner = Rect(column: box.column + 2, row: box.row + 1, width: box.width - 4, height: box.height - 2)
        let plain = theme.paymentMethod.bold(false)
        frame.text(
            strings.text(
                .handleOrderLine,
                ["order": "\(target.orderNumber)", "amount": target.amount.formatted(), "state": target.stateText(in: strings)]),
            column: inner.column,
            row: inner.row, width: inner.width, style: plain)
        let why = target.needs.map { $0.text(in: strings) }.joined(separator: strings[.listSeparator])
        frame.wrappedText(
            strings.text(.handleNeeds, ["why": why]), column: inner.column, row: inner.row + 1, width: inner.width, rows: 2, style: theme.error)
        // In the smallest window the hint gives way: the box keeps the note and the error line.
        let row = min(inner.row + 4, inner.bottom - 2)
        frame.text(strings[.handleNote], column: inner.column, row: row, width: 6, style: theme.commodityName.bold())
        let field = Rect(column: inner.column + 6, row: row, width: inner.width - 6, height: 1)
        frame.fill(field, style: theme.focusedField)
        frame.text(
            " " + tail(of: history.handleNote, fitting: field.width - 2) + "_", column: field.column, row: row,
            width: field.width, style: theme.focusedField)
        let hint = strings.text(
            .handleHint, ["count": "\(history.handleNote.count)", "maximum": "\(HandlingNote.maximumLength)"])
        frame.wrappedText(
            hint, column: inner.column, row: row + 2, width: inner.width, rows: min(2, inner.bottom - 1 - (row + 2)),
            style: theme.hint)
        if let message = history.message, message.kind == .error {
            frame.text(message.text, column: inner.column, row: inner.bottom - 1, width: inner.width, style: theme.error)
        }
    }

    /// The end of `text` that fits in `width` columns: the field shows where the cashier types.
    static func tail(of text: String, fitting width: Int) -> String {
        var shown = Substring(text)
        while CharacterWidth.of(String(shown)) > max(0, width) { shown = shown.dropFirst() }
        return String(shown)
    }
}
