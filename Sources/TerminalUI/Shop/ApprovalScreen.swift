import TillStrings

/// The manager's name and PIN, over what asked for them; the PIN shows as one dot per digit.
enum ApprovalScreen {
    static func hints(_ prompt: ManagerPrompt, _ strings: Strings) -> [KeyHint] {
        [
            KeyHint("Enter", strings[prompt.field == .name ? .hintNext : .hintApprove]), KeyHint("Tab", strings[.hintField]),
            KeyHint("Esc", strings[.hintCancel]),
        ]
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        guard let prompt = model.shop.approval else { return }
        let theme = model.theme
        let strings = model.strings
        let inner = TillApp.drawSheet(strings[.approvalTitle], model: model, into: &frame)
        var row = inner.row + 1
        let what =
            switch prompt.then {
            case .refund(let order, let amount): strings.text(.approvalRefund, ["order": order.rawValue, "amount": amount.formatted()])
            case .reprint(let number): strings.text(.approvalReprint, ["number": String(number)])
            }
        row += frame.wrappedText(
            strings.text(.approvalExplain, ["action": what]), column: inner.column, row: row,
            width: inner.width, rows: 3, style: theme.paymentMethod)
        row += 1
        AmountScreen.drawField(
            label: strings[.labelManager], value: prompt.name, focused: prompt.field == .name, model: model, in: inner, row: row,
            into: &frame)
        AmountScreen.drawField(
            label: strings[.labelPIN], value: String(repeating: "•", count: prompt.pin.count), focused: prompt.field == .pin,
            model: model, in: inner, row: row + 1, into: &frame)
        TillApp.drawPromptLine(
            busy: prompt.isChecking ? strings[.msgCheckingPIN] : nil, message: prompt.message, hint: strings[.approvalHint],
            model: model, in: inner, row: row + 3, into: &frame)
        TillApp.drawKeyBar(hints(prompt, strings), model: model, into: &frame)
    }
}
