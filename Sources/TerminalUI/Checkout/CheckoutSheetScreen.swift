import TillCore
import TillStrings

/// The checkout sheet: commodity and price, the brands the configured gateways offer, the confirm
/// button. Drawn in the theme's colours, like the TakeMe Pay SDK's sheet.
enum CheckoutSheetScreen {
    static func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("Enter", strings[.hintPay]), KeyHint("↑↓ 1-9", strings[.hintChoose]), KeyHint("Esc", strings[.hintBack]),
            KeyHint(strings[.hintScan], strings[.hintQuickPay]),
        ]
    }

    /// The sheet's rows: the QR choices, and cash last when the shop's desk can record it.
    static func rowCount(_ model: AppModel) -> Int {
        model.checkout.choices.count + (model.shop.isAvailable ? 1 : 0)
    }

    /// True when the highlighted row is cash.
    static func isCashSelected(_ model: AppModel) -> Bool {
        model.shop.isAvailable && model.checkout.selected == model.checkout.choices.count
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let checkout = model.checkout
        let strings = model.strings
        let inner = TillApp.drawSheet(strings[.sheetTitle], model: model, into: &frame)
        let price = checkout.amount.map { AmountEntry.display(minorUnits: $0.minorUnits, currency: $0.currency) } ?? ""
        let priceWidth = CharacterWidth.of(price)
        var row = inner.row + 1
        frame.text(checkout.commodity(strings), column: inner.column, row: row, width: max(0, inner.width - priceWidth - 2), style: theme.commodityName)
        frame.text(price, column: inner.column, row: row, width: inner.width, style: theme.commodityPrice, alignment: .trailing)
        row += 1
        frame.divider(column: inner.column, row: row, width: inner.width, style: theme.divider)
        row += 1
        // Rows left for the list: the button, the message and their gaps take the bottom five.
        let listRows = max(1, inner.bottom - row - 5)
        drawChoices(model, in: Rect(column: inner.column, row: row, width: inner.width, height: listRows), into: &frame)
        row += listRows
        frame.divider(column: inner.column, row: row, width: inner.width, style: theme.divider)
        let button = Rect(column: inner.column, row: row + 2, width: inner.width, height: 1)
        if let choice = checkout.choices.indices.contains(checkout.selected) ? checkout.choices[checkout.selected] : nil {
            frame.button(strings.text(.sheetPay, ["amount": price, "brand": choice.brand.displayName]), in: button, corners: theme.corners, style: theme.button)
        } else if isCashSelected(model) {
            frame.button(strings.text(.sheetTakeCash, ["amount": price]), in: button, corners: theme.corners, style: theme.button)
        }
        if let warning = qrWarning(model) {
            frame.text(warning, column: inner.column, row: row + 4, width: inner.width, style: theme.error)
        } else if let message = model.message {
            frame.text(message.text, column: inner.column, row: row + 4, width: inner.width, style: message.kind == .error ? theme.error : theme.hint)
        } else {
            frame.text(strings[.sheetOrScan], column: inner.column, row: row + 4, width: inner.width, style: theme.hint)
        }
        TillApp.drawKeyBar(hints(strings), model: model, into: &frame)
    }

    /// Why the selected choice cannot be paid by QR in this window, if it cannot: said before Enter,
    /// so no payment is created whose code the window cannot show.
    static func qrWarning(_ model: AppModel) -> String? {
        let checkout = model.checkout
        guard checkout.choices.indices.contains(checkout.selected) else { return nil }
        let gateway = checkout.choices[checkout.selected].gateway
        let length = GatewayDescriptor.of(gateway).qrPayloadLength
        guard !PaymentScreen.canShowQR(payloadLength: length, size: model.size) else { return nil }
        return model.strings[.sheetQRTooSmall]
    }

    /// The choices, numbered, the selected one marked and highlighted; scrolled to keep it in view.
    private static func drawChoices(_ model: AppModel, in area: Rect, into frame: inout Frame) {
        let theme = model.theme
        let choices = model.checkout.choices
        let count = rowCount(model)
        guard count > 0 else {
            frame.text(model.strings.text(.sheetNoQR, ["currency": model.amount.currency.code]), column: area.column, row: area.row, width: area.width, style: theme.error)
            return
        }
        let selected = model.checkout.selected
        let first = min(max(0, selected - area.height + 1), max(0, count - area.height))
        for (offset, index) in (first..<min(count, first + area.height)).enumerated() {
            let isSelected = index == selected
            let style = isSelected ? theme.focusedField : theme.paymentMethod
            let row = area.row + offset
            let number = index < 9 ? "\(index + 1)" : " "
            let name = choices.indices.contains(index) ? choices[index].brand.displayName : model.strings[.sheetCash]
            let line = "\(isSelected ? "▸" : " ") \(number)  \(name)"
            frame.fill(Rect(column: area.column, row: row, width: area.width, height: 1), style: style)
            frame.text(line, column: area.column, row: row, width: area.width, style: style)
            let through = choices.indices.contains(index)
                ? model.strings.text(.sheetThrough, ["gateway": choices[index].gateway.displayName]) : model.strings[.sheetCashDrawer]
            frame.text(through + " ", column: area.column, row: row, width: area.width, style: style, alignment: .trailing)
        }
    }
}
