import QRCode
import TillStrings

/// The X report or a receipt as lines of text, scrolled, with a line for news (printed, or why not).
enum DocumentScreen {
    static func hints(_ document: ShopDocument, _ strings: Strings) -> [KeyHint] {
        var hints = [KeyHint("Esc", strings[.hintBack]), KeyHint("↑↓", strings[.hintScroll])]
        if case .receipt = document.kind { hints.insert(KeyHint("p", strings[.hintPrint]), at: 0) }
        return hints + [KeyHint("F10", strings[.hintQuit])]
    }

    /// Inside the box: the lines, then a gap and the news line.
    static func inner(in size: TerminalSize) -> Rect {
        let box = TillApp.sheetRect(in: size)
        return Rect(column: box.column + 2, row: box.row + 1, width: box.width - 4, height: box.height - 2)
    }

    /// How many lines show at once.
    static func visibleRows(in size: TerminalSize) -> Int {
        max(1, inner(in: size).height - 2)
    }

    /// The lines as drawn in a window of `size`: a line too wide is wrapped at its spaces, the
    /// others (a receipt's columns) are kept as they are.
    static func displayLines(_ document: ShopDocument, in size: TerminalSize) -> [String] {
        let width = inner(in: size).width
        return document.lines.flatMap { line in
            CharacterWidth.of(line) <= width ? [line] : Frame.wrap(line, width: width)
        }
    }

    /// The receipt's QR code as it fits the window, if it does.
    static func qrCode(_ document: ShopDocument, in size: TerminalSize) -> TerminalFit.Choice? {
        guard let text = document.qrText else { return nil }
        return QRPanel.fit(text, columns: inner(in: size).width, rows: visibleRows(in: size) - 1)
    }

    /// The rows to scroll through: the lines, then a gap and the QR code (`code`, when the caller
    /// has fitted it already: the encoder runs once a frame).
    static func rowCount(
        _ document: ShopDocument, in size: TerminalSize, lines: [String]? = nil, code: TerminalFit.Choice?? = nil
    ) -> Int {
        let code = code ?? qrCode(document, in: size)
        return (lines ?? displayLines(document, in: size)).count + (code.map { $0.height + 1 } ?? 0)
    }

    static func title(_ document: ShopDocument, _ strings: Strings) -> String {
        switch document.kind {
        case .xReport: strings[.xReportTitle]
        case .receipt(let number, _): strings.text(.labelReceiptNumber, ["number": String(number)])
        }
    }

    static func draw(_ model: AppModel, into frame: inout Frame) {
        guard let document = model.shop.document else { return }
        let theme = model.theme
        TillApp.drawTitle(model, into: &frame)
        let box = TillApp.sheetRect(in: frame.size)
        frame.box(box, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: title(document, model.strings))
        let area = inner(in: frame.size)
        let rows = visibleRows(in: frame.size)
        let lines = displayLines(document, in: frame.size)
        for (offset, line) in lines.dropFirst(document.top).prefix(rows).enumerated() {
            frame.text(line, column: area.column, row: area.row + offset, width: area.width, style: theme.paymentMethod)
        }
        let code = qrCode(document, in: frame.size)
        if let code {
            // Drawn only when all of it is in view: half a code reads as nothing.
            let top = area.row + lines.count + 1 - document.top
            if top >= area.row, top + code.height <= area.row + rows {
                QRPanel.draw(code, column: area.column + (area.width - code.width) / 2, row: top, depth: theme.depth, into: &frame)
            }
        }
        let more = rowCount(document, in: frame.size, lines: lines, code: .some(code)) - document.top - rows
        let news: AppModel.Message? =
            document.message ?? (more > 0 ? .info(model.strings.text(.documentMore, ["count": String(more)])) : nil)
        if let news {
            frame.text(
                news.text, column: area.column, row: area.bottom - 1, width: area.width,
                style: news.kind == .error ? theme.error : theme.hint)
        }
        TillApp.drawKeyBar(hints(document, model.strings), model: model, into: &frame)
    }
}
