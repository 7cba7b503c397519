/// The help screen (F1 or ?): what each key does and how scanning works.
enum HelpScreen {
    static let lines: [(key: String, text: String)] = [
        ("0–9 .", "the amount (decimals, sale limit checked)"),
        ("Backspace", "remove the last character"),
        ("Esc", "clear the field"),
        ("F3", "put the last sale's amount in the field"),
        ("Tab", "switch between amount and description"),
        ("Enter", "charge: the sheet, Enter again for the QR"),
        ("↑↓ 1–9", "on the sheet: choose brand and gateway"),
        ("Esc", "on a payment: cancel; at 45 s Enter waits"),
        ("F1 or ?", "this help; Esc closes it"),
        ("F2", "history: r refund, c check, h handled"),
        ("F6", "next theme, kept for the next start"),
        ("F10, Ctrl-C", "quit (cancel an open payment first)"),
        ("Ctrl-L", "draw the whole screen again"),
        ("Scanner", "scan the buyer's code: QuickPay"),
    ]

    static func draw(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        TillApp.drawTitle(model, into: &frame)
        let sheet = TillApp.sheetRect(in: frame.size)
        frame.box(sheet, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: "Help")
        let inner = sheet.inset(by: 2)
        let keyWidth = 13
        var row = inner.row
        for line in lines where row < inner.bottom {
            frame.text(line.key, column: inner.column, row: row, width: keyWidth, style: theme.commodityName.bold())
            row += frame.wrappedText(
                line.text, column: inner.column + keyWidth, row: row, width: inner.width - keyWidth,
                rows: inner.bottom - row, style: theme.paymentMethod)
        }
        TillApp.drawKeyBar([KeyHint("Esc", "Back"), KeyHint("F10", "Quit")], model: model, into: &frame)
    }
}
