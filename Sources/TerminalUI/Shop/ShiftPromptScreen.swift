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
        let line: AppModel.Message =
            if prompt.isOpening { .info(strings[.msgShiftOpening]) }
            else { prompt.message ?? .info(strings[prompt.field == .cashier ? .shiftCashierHint : .shiftFloatHint]) }
        frame.wrappedText(
            line.text, column: inner.column, row: row + 4, width: inner.width, rows: max(1, inner.bottom - row - 4),
            style: line.kind == .error ? theme.error : theme.hint)
        TillApp.drawKeyBar(hints(prompt, strings), model: model, into: &frame)
    }
}
