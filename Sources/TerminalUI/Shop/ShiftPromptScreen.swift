import TillStrings

/// The prompt that opens a shift: the cashier's name and the float, under a line saying why.
enum ShiftPromptScreen {
    static func hints(_ prompt: ShiftPrompt, _ strings: Strings) -> [KeyHint] {
        [
            KeyHint("Enter", strings[prompt.field == .cashier ? .hintNext : .hintOpenShift]), KeyHint("Tab", strings[.hintField]),
            KeyHint("Esc", strings[.hintNoShift]), KeyHint("F10", strings[.hintQuit]),
        ]
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let strings = model.strings
        let prompt = model.shop.prompt
        let inner = TillApp.drawSheet(strings[.shiftTitle], model: model, into: &frame)
        var row = inner.row + 1
        row += frame.wrappedText(strings[.shiftExplain], column: inner.column, row: row, width: inner.width, rows: 3, style: theme.paymentMethod)
        row += 1
        AmountScreen.drawField(
            label: strings[.labelCashier], value: prompt.cashier, focused: prompt.field == .cashier, model: model, in: inner, row: row,
            into: &frame)
        let float = prompt.float.map { prompt.field == .float ? AmountScreen.provisional($0, model) : $0 }
        AmountScreen.drawField(
            label: strings[.labelFloat], value: float?.text ?? "", refused: float?.refused ?? "", focused: prompt.field == .float,
            model: model, in: inner, row: row + 1, into: &frame)
        frame.divider(column: inner.column, row: row + 3, width: inner.width, style: theme.divider)
        TillApp.drawPromptLine(
            busy: prompt.isOpening ? strings[.msgShiftOpening] : nil, message: prompt.message,
            hint: strings[prompt.field == .cashier ? .shiftCashierHint : .shiftFloatHint], model: model, in: inner, row: row + 4,
            into: &frame)
        TillApp.drawKeyBar(hints(prompt, strings), model: model, into: &frame)
    }
}
