import TillStrings

/// Cash: what is due and what the buyer gave; once recorded, the change in big digits and the
/// receipt's number.
enum CashScreen {
    static func hints(_ cash: CashTender, _ strings: Strings) -> [KeyHint] {
        if cash.sale != nil {
            return [KeyHint("Enter", strings[.hintNextSale]), KeyHint("r", strings[.hintReceipt]), KeyHint("F10", strings[.hintQuit])]
        }
        return [KeyHint("Enter", strings[.hintTakeCash]), KeyHint("Esc", strings[.hintBack]), KeyHint("F10", strings[.hintQuit])]
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        guard let cash = model.shop.cash else { return }
        let theme = model.theme
        let strings = model.strings
        let inner = TillApp.drawSheet(strings[.cashTitle], model: model, into: &frame)
        var row = inner.row + 1
        let due = AmountEntry.display(minorUnits: cash.due.minorUnits, currency: cash.due.currency)
        frame.text(model.checkout.commodity(strings), column: inner.column, row: row, width: inner.width, style: theme.commodityName)
        frame.text(due, column: inner.column, row: row, width: inner.width, style: theme.commodityPrice, alignment: .trailing)
        row += 2
        if let sale = cash.sale {
            drawChange(sale, model: model, in: inner, row: row, into: &frame)
        } else {
            let given = AmountScreen.provisional(cash.tendered, model)
            AmountScreen.drawField(
                label: strings[.labelTendered], value: given.text, refused: given.refused, focused: true, model: model,
                in: inner, row: row, into: &frame)
            row += 2
            TillApp.drawPromptLine(
                busy: cash.isRecording ? strings[.msgCashRecording] : nil, message: cash.message,
                hint: strings.text(.cashExactHint, ["amount": due]), model: model, in: inner, row: row, into: &frame)
        }
        TillApp.drawKeyBar(hints(cash, strings), model: model, into: &frame)
    }

    private static func drawChange(_ sale: CashSale, model: AppModel, in inner: Rect, row: Int, into frame: inout Frame) {
        let theme = model.theme
        let strings = model.strings
        let change = AmountEntry.display(minorUnits: sale.change.minorUnits, currency: sale.change.currency)
        frame.text(strings[.labelChange], column: inner.column, row: row, width: inner.width, style: theme.commodityName.bold())
        var next = ResultScreen.drawBigAmount(change, style: theme.outcome(.paid), in: inner, row: row, leaving: 3, into: &frame)
        if next == row {
            frame.text(change, column: inner.column, row: row + 1, width: inner.width, style: theme.outcome(.paid).bold(), alignment: .centre)
            next = row + 2
        }
        next += 1
        var lines = [strings.text(sale.drawerOpened ? .cashGiveBackDrawer : .cashGiveBack, ["amount": change])]
        if let receipt = sale.receipt { lines.append(strings.text(.labelReceiptNumber, ["number": String(receipt.number)])) }
        for line in lines where next < inner.bottom {
            frame.text(line, column: inner.column, row: next, width: inner.width, style: theme.paymentMethod)
            next += 1
        }
        if let message = model.shop.cash?.message, next < inner.bottom {
            frame.wrappedText(message.text, column: inner.column, row: next, width: inner.width, rows: inner.bottom - next, style: theme.error)
        }
    }
}
