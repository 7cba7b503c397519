import TillStrings
/// The first screen: the cashier types the amount (and an optional description).
enum AmountScreen {
    static func hints(_ strings: Strings, shop: ShopState = ShopState()) -> [KeyHint] {
        // In the order they matter: the bar leaves out from the end what does not fit.
        var hints = [
            KeyHint("Enter", strings[.hintCharge]), KeyHint("Esc", strings[.hintClear]), KeyHint("F3", strings[.hintLast]),
            KeyHint("F1", strings[.hintHelp]), KeyHint("F10", strings[.hintQuit]), KeyHint("F6", strings[.hintTheme]),
        ]
        if shop.isAvailable {
            if shop.isShiftKnown, shop.shift == nil { hints.append(KeyHint("F7", strings[.hintOpenShift])) }
            hints.append(KeyHint("F4", strings[.hintXReport]))
        }
        return hints + [KeyHint("Tab", strings[.hintField])]
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let strings = model.strings
        let inner = TillApp.drawSheet(strings[.amountTitle], model: model, into: &frame)
        var row = inner.row + 1
        let currency = model.amount.currency
        frame.text(strings[.amountLabel], column: inner.column, row: row, width: inner.width / 2, style: theme.commodityName)
        frame.text(
            "\(currency.code) · \(strings.currencyName(code: currency.code, english: currency.name))", column: inner.column + inner.width / 2, row: row,
            width: inner.width - inner.width / 2, style: theme.paymentMethod, alignment: .trailing)
        row += 2
        let (amount, description) = provisional(model)
        row = drawPrice(amount.displayText, model: model, in: inner, row: row, into: &frame)
        row += 1
        drawField(
            label: strings[.amountLabel], value: amount.text, refused: amount.refused, focused: model.focus == .amount, model: model,
            in: inner, row: row, into: &frame)
        drawField(
            label: strings[.descriptionLabel], value: description, focused: model.focus == .description, model: model,
            in: inner, row: row + 1, into: &frame)
        frame.divider(column: inner.column, row: row + 3, width: inner.width, style: theme.divider)
        // A refusal stays on screen until the cashier takes the refused keys back.
        if let message = model.message ?? model.amount.refusal.map({ .error($0.message) }) {
            let style = message.kind == .error ? theme.error : theme.paymentMethod
            let used = frame.wrappedText(
                message.text, column: inner.column, row: row + 4, width: inner.width, rows: max(1, inner.bottom - row - 5),
                style: style)
            if model.amount.hasRefusal, row + 4 + used < inner.bottom {
                frame.wrappedText(
                    strings[.refusedKeysHint], column: inner.column, row: row + 4 + used, width: inner.width,
                    rows: inner.bottom - row - 4 - used, style: theme.hint)
            }
        } else {
            frame.wrappedText(
                strings[.amountPrompt], column: inner.column, row: row + 4,
                width: inner.width, rows: max(1, inner.bottom - row - 4), style: theme.hint)
        }
        TillApp.drawKeyBar(hints(strings, shop: model.shop), model: model, into: &frame)
    }

    /// The fields as they look with the digits the scanner detector still holds typed into the
    /// focused one: a person's digit shows at once, though it only enters the field when released
    /// (and a scanner's burst, which is never released, vanishes).
    static func provisional(_ model: AppModel) -> (amount: AmountEntry, description: String) {
        var description = model.saleDescription
        guard model.focus == .description else { return (provisional(model.amount, model), description) }
        for digit in model.scanner.provisionalDigits where description.count < AppModel.maximumDescriptionLength {
            description.append(digit)
        }
        return (model.amount, description)
    }

    /// `entry` with the digits the scanner detector still holds typed into it (the float, the cash
    /// given): a person's digit shows at once on every amount field.
    static func provisional(_ entry: AmountEntry, _ model: AppModel) -> AmountEntry {
        var entry = entry
        for digit in model.scanner.provisionalDigits { try? entry.type(digit) }
        return entry
    }

    /// Draws the price, in big digits when the theme asks for them and they fit; returns the row
    /// after it.
    private static func drawPrice(
        _ text: String, model: AppModel, in inner: Rect, row: Int, into frame: inout Frame
    ) -> Int {
        let font = BigDigitFont.builtin
        let spareRows = inner.bottom - row - 6  // the two fields, the divider, the message and a gap
        if model.theme.commodityPriceSize == .big, font.canRender(text), font.width(of: text) <= inner.width,
            spareRows >= BigDigitFont.height
        {
            let column = inner.column + (inner.width - font.width(of: text)) / 2
            frame.bigText(text, column: column, row: row, font: font, style: model.theme.commodityPrice)
            return row + BigDigitFont.height
        }
        frame.text(
            text, column: inner.column, row: row, width: inner.width, style: model.theme.commodityPrice.bold(),
            alignment: .centre)
        return row + 1
    }

    static func drawField(
        label: String, value: String, refused: String = "", focused: Bool, model: AppModel, in inner: Rect, row: Int,
        into frame: inout Frame
    ) {
        let labelWidth = 13
        let marker = focused ? "▸ " : "  "
        frame.text(marker + label, column: inner.column, row: row, width: labelWidth, style: model.theme.commodityName)
        let fieldWidth = inner.width - labelWidth
        guard fieldWidth > 2 else { return }
        let style = focused ? model.theme.focusedField : model.theme.paymentMethod
        frame.fill(Rect(column: inner.column + labelWidth, row: row, width: fieldWidth, height: 1), style: style)
        let cursor = focused ? "_" : ""
        // Keep the end of a long value in view: that is where typing happens.
        var visible = value + refused + cursor
        while CharacterWidth.of(visible) > fieldWidth - 1 { visible.removeFirst() }
        frame.text(" " + visible, column: inner.column + labelWidth, row: row, width: fieldWidth, style: style)
        // Refused keys are shown where they were typed, marked, so Backspace visibly takes them back.
        let tail = String(visible.suffix(refused.count + cursor.count).prefix(refused.count))
        guard !tail.isEmpty else { return }
        let column = inner.column + labelWidth + 1 + CharacterWidth.of(visible) - CharacterWidth.of(tail + cursor)
        frame.text(tail, column: column, row: row, width: CharacterWidth.of(tail), style: model.theme.error.reversed())
    }
}
