import TillStrings
/// The help screen (F1 or ?): what each key does and how scanning works.
enum HelpScreen {
    static func lines(_ strings: Strings) -> [(key: String, text: String)] {
        [
            ("0–9 .", strings[.helpDigits]),
            ("Backspace", strings[.helpBackspace]),
            ("Esc", strings[.helpEscape]),
            ("F3", strings[.helpLast]),
            ("Tab", strings[.helpTab]),
            ("Enter", strings[.helpEnter]),
            ("↑↓ 1–9", strings[.helpChoose]),
            ("Esc", strings[.helpPayment]),
            (strings[.helpKeyHelp], strings[.helpHelp]),
            ("F2", strings[.helpHistory]),
            ("F4, F7", strings[.helpXReport]),
            ("F6", strings[.helpTheme]),
            ("F10, Ctrl-C", strings[.helpQuit]),
            ("Ctrl-L", strings[.helpRedraw]),
            (strings[.helpKeyScanner], strings[.helpScanner]),
        ]
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let strings = model.strings
        TillApp.drawTitle(model, into: &frame)
        let sheet = TillApp.sheetRect(in: frame.size)
        frame.box(sheet, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: strings[.helpTitle])
        let help = lines(strings)
        let roomy = sheet.inset(by: 2)
        // In a small window the blank rows above and below go before any line does.
        let inner = help.count <= roomy.height
            ? roomy : Rect(column: roomy.column, row: sheet.row + 1, width: roomy.width, height: sheet.height - 2)
        let keyWidth = 13
        var row = inner.row
        for line in help where row < inner.bottom {
            frame.text(line.key, column: inner.column, row: row, width: keyWidth, style: theme.commodityName.bold())
            row += frame.wrappedText(
                line.text, column: inner.column + keyWidth, row: row, width: inner.width - keyWidth,
                rows: inner.bottom - row, style: theme.paymentMethod)
        }
        TillApp.drawKeyBar([KeyHint("Esc", strings[.hintBack]), KeyHint("F10", strings[.hintQuit])], model: model, into: &frame)
    }
}
