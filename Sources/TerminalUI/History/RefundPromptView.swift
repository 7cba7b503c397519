import TillCore
import TillStrings

/// The refund prompt, over the list or the details: the amount (what is left, typed for the
/// cashier), then the confirm step, then a line while the gateway answers.
enum RefundPromptView {
    static func draw(_ model: AppModel, over area: Rect, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        let strings = model.strings
        guard let target = history.refundTarget, let typed = history.refundEntry else { return }
        let width = min(area.width, 60)
        let height = min(area.height, 10)
        let box = Rect(column: area.column + (area.width - width) / 2, row: area.row + (area.height - height) / 2, width: width, height: height)
        frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: strings[.refundTitle])
        let inner = Rect(column: box.column + 2, row: box.row + 1, width: box.width - 4, height: box.height - 2)
        let plain = theme.paymentMethod.bold(false)
        frame.text(strings.text(.refundOrder, ["order": "\(target.orderNumber)"]), column: inner.column, row: inner.row, width: inner.width, style: plain)
        frame.text(
            strings.text(
                .refundPaid,
                ["amount": target.amount.formatted(), "brand": target.brand.displayName, "gateway": target.gateway.displayName]),
            column: inner.column, row: inner.row + 1, width: inner.width, style: plain)
        frame.text(
            strings.text(.refundLeft, ["amount": target.left.formatted()]), column: inner.column, row: inner.row + 2, width: inner.width,
            style: plain)
        let row = inner.row + 4
        switch history.mode {
        case .refundAmount:
            frame.text(strings[.amountLabel], column: inner.column, row: row, width: 9, style: theme.commodityName.bold())
            let field = Rect(column: inner.column + 9, row: row, width: min(inner.width - 9, 20), height: 1)
            frame.fill(field, style: theme.focusedField)
            frame.text(" " + typed.text + typed.refused + "_", column: field.column, row: row, width: field.width, style: theme.focusedField)
            if typed.isSuggestion {
                // Shown selected: the first digit replaces it.
                frame.text(typed.text, column: field.column + 1, row: row, width: field.width - 1, style: theme.focusedField.reversed())
            }
            if !typed.refused.isEmpty {
                // The refused keys, marked where they were typed: Backspace visibly takes them back.
                let column = field.column + 1 + CharacterWidth.of(typed.text)
                frame.text(typed.refused, column: column, row: row, width: max(0, field.right - column), style: theme.error.reversed())
            }
            let hint =
                if typed.hasRefusal { strings[.refusedKeysHint] }
                else if typed.isSuggestion { strings[.refundSuggestion] }
                else { strings.text(.refundAtMost, ["amount": target.left.formatted()]) }
            frame.text(hint, column: inner.column, row: row + 2, width: inner.width, style: theme.hint)
        case .refundConfirm:
            frame.text(
                strings.text(.refundGiveBack, ["amount": typed.displayText]), column: inner.column, row: row, width: inner.width,
                style: theme.commodityName.bold())
            let note = target.refunds == .fullOnly
                ? strings.text(.refundFullOnly, ["gateway": target.gateway.displayName])
                : strings[.refundConfirmHint]
            frame.text(note, column: inner.column, row: row + 2, width: inner.width, style: theme.hint)
        case .refunding:
            frame.text(
                strings.text(.refundRefunding, ["amount": typed.displayText, "gateway": target.gateway.displayName]), column: inner.column, row: row,
                width: inner.width, style: theme.commodityName.bold())
            frame.text(strings[.refundWait], column: inner.column, row: row + 2, width: inner.width, style: theme.hint)
        case .list, .details, .handleNote, .search:
            break
        }
        if let message = history.message, message.kind == .error {
            frame.text(message.text, column: inner.column, row: inner.bottom - 1, width: inner.width, style: theme.error)
        }
    }
}
