import QRCode
import TillStrings

/// A payment in progress: the QR code with the sale beside or under it, or the scanned buyer code;
/// the live status and the countdowns of the wait window and of the next poll.
enum PaymentScreen {
    /// Columns of the text beside a QR code (with its left gap); under it when the window is too
    /// narrow for both.
    static let minimumSideWidth = 22
    static let maximumSideWidth = 36

    static func draw(_ model: AppModel, into frame: inout Frame) {
        guard let payment = model.checkout.payment else { return }
        TillApp.drawTitle(model, into: &frame)
        if let payload = payment.qrPayload {
            drawQR(payload, payment, model, into: &frame)
        } else {
            drawQuickPay(payment, model, into: &frame)
        }
        TillApp.drawKeyBar(hints(payment, model.strings), model: model, into: &frame)
    }

    static func hints(_ payment: OpenPayment, _ strings: Strings) -> [KeyHint] {
        switch payment.status {
        case .windowEnded: [KeyHint("Enter", strings[.hintKeepWaiting]), KeyHint("Esc", strings[.hintCancel])]
        case .cancelling: [KeyHint("…", strings[.hintCancelling])]
        default: [KeyHint("Esc", strings[.hintCancel])]
        }
    }

    /// Whether a code of `payloadLength` bytes fits a window of `size` in one of the two layouts of
    /// `drawQR`. The sheet asks before a payment is created, so no QR is made that cannot be shown.
    static func canShowQR(payloadLength: Int, size: TerminalSize) -> Bool {
        let rows = size.rows - 2
        return TerminalFit.canFit(byteCount: payloadLength, columns: size.columns - minimumSideWidth - 1, rows: rows)
            || TerminalFit.canFit(byteCount: payloadLength, columns: size.columns, rows: rows - 4)
    }

    /// The QR code at the left with the text beside it, or at the top with the text under it.
    private static func drawQR(_ payload: String, _ payment: OpenPayment, _ model: AppModel, into frame: inout Frame) {
        let lines = infoLines(payment, model)
        let top = 1
        let rows = frame.rows - 2
        if let beside = QRPanel.fit(payload, columns: frame.columns - minimumSideWidth - 1, rows: rows) {
            let side = min(maximumSideWidth, frame.columns - beside.width - 1)
            let left = max(0, (frame.columns - beside.width - side - 1) / 2)
            QRPanel.draw(beside, column: left, row: top + (rows - beside.height) / 2, depth: model.theme.depth, into: &frame)
            let font = BigDigitFont.builtin
            if let amount = lines.first, font.canRender(amount), font.width(of: amount) <= side,
                lines.count + BigDigitFont.height + 3 <= rows  // and room for a message of two lines
            {
                // The amount big enough for the buyer to read from across the counter.
                let textTop = top + max(0, (rows - lines.count - BigDigitFont.height) / 2)
                frame.bigText(amount, column: left + beside.width + 1, row: textTop, font: font, style: model.theme.window.bold())
                let rest = textTop + BigDigitFont.height + 1
                drawLines(Array(lines.dropFirst()), column: left + beside.width + 1, row: rest, width: side, rows: rows - (rest - top), model, into: &frame, boldFirst: false)
            } else {
                let textTop = top + max(0, (rows - lines.count) / 2)
                drawLines(lines, column: left + beside.width + 1, row: textTop, width: side, rows: rows - (textTop - top), model, into: &frame)
            }
        } else if let above = QRPanel.fit(payload, columns: frame.columns, rows: rows - min(lines.count, 4)) {
            QRPanel.draw(above, column: (frame.columns - above.width) / 2, row: top, depth: model.theme.depth, into: &frame)
            let textRows = rows - above.height
            drawLines(lines, column: 1, row: top + above.height, width: frame.columns - 2, rows: textRows, model, into: &frame)
        } else {
            frame.text(
                model.strings[.paymentQRTooSmall], column: 1, row: top,
                width: frame.columns - 2, style: model.theme.window)
            drawLines(lines, column: 1, row: top + 2, width: frame.columns - 2, rows: rows - 2, model, into: &frame)
        }
    }

    /// A scanned code: a themed sheet with the partly masked code, the sale and the status.
    private static func drawQuickPay(_ payment: OpenPayment, _ model: AppModel, into frame: inout Frame) {
        let theme = model.theme
        let sheet = TillApp.sheetRect(in: frame.size)
        let title = if case .quickPay = payment.method { model.strings[.paymentTitleQuickPay] } else { model.strings[.paymentTitleQR] }
        frame.box(sheet, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: title)
        let inner = Rect(column: sheet.column + 2, row: sheet.row + 2, width: sheet.width - 4, height: sheet.height - 3)
        if case .quickPay(let code, _) = payment.method {
            frame.text(model.strings[.paymentBuyerCode], column: inner.column, row: inner.row, width: 14, style: theme.paymentMethod)
            frame.text(code.partlyMaskedBuyerCode, column: inner.column + 14, row: inner.row, width: inner.width - 14, style: theme.commodityName)
        }
        drawLines(infoLines(payment, model), column: inner.column, row: inner.row + 2, width: inner.width, rows: inner.height - 2, model, into: &frame, sheet: true)
    }

    /// The sale and the status, one line each, the first bold.
    private static func drawLines(
        _ lines: [String], column: Int, row: Int, width: Int, rows: Int, _ model: AppModel, into frame: inout Frame,
        sheet: Bool = false, boldFirst: Bool = true
    ) {
        let theme = model.theme
        let plain = sheet ? theme.paymentMethod : theme.window
        for (offset, line) in lines.prefix(max(0, rows)).enumerated() {
            let style = offset == 0 && boldFirst ? (sheet ? theme.commodityPrice : theme.window.bold()) : plain
            frame.text(line, column: column, row: row + offset, width: width, style: style)
        }
        guard let message = model.message else { return }
        let style = message.kind == .error ? theme.error : plain
        // Beside the code the column is narrow: the message is wrapped into the rows left.
        let wrapped = Frame.wrap(message.text, width: width)
        for (offset, line) in wrapped.prefix(max(0, rows - lines.count - 1)).enumerated() {
            frame.text(line, column: column, row: row + lines.count + 1 + offset, width: width, style: style)
        }
    }

    /// Amount, method, status, countdown and order: what the cashier tells the buyer. Short lines,
    /// so that they fit beside the code on 60 columns.
    static func infoLines(_ payment: OpenPayment, _ model: AppModel) -> [String] {
        let strings = model.strings
        var lines = [AmountEntry.display(minorUnits: payment.amount.minorUnits, currency: payment.amount.currency)]
        lines.append(payment.brand?.displayName ?? strings[.paymentCode])
        if let gateway = payment.gateway { lines.append(strings.text(.paymentVia, ["gateway": gateway.displayName])) }
        lines.append(model.checkout.commodity(strings))
        lines.append("")
        lines.append(statusText(payment, strings))
        lines += countdownLines(payment, strings)
        if let validUntil = payment.validUntil { lines.append(strings.text(.paymentValidUntil, ["time": validUntil])) }
        if let order = payment.orderNumber { lines += ["", strings[.paymentOrder], order] }
        return lines
    }

    static func statusText(_ payment: OpenPayment, _ strings: Strings) -> String {
        switch payment.status {
        case .starting: strings[.statusStarting]
        case .waitingForBuyer: strings[.statusWaiting]
        case .buyerPaying: strings[.statusBuyerPaying]
        case .checking: strings[.statusChecking]
        case .windowEnded: strings[.statusWindowEnded]
        case .cancelling: strings[.statusCancelling]
        }
    }

    static func countdownLines(_ payment: OpenPayment, _ strings: Strings) -> [String] {
        if payment.status == .windowEnded { return [strings[.paymentKeepWaiting], strings[.paymentEscCancel]] }
        guard let left = payment.secondsLeft else { return [] }
        let leftLine = strings.text(.paymentSecondsLeft, ["seconds": "\(left)"])
        guard let next = payment.nextPollIn, left > 0 else { return [leftLine] }
        return [leftLine, strings.text(.paymentNextCheck, ["seconds": "\(next)"])]
    }
}
