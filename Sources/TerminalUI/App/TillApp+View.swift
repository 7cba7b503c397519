import TillStrings

extension TillApp {
    /// The frame for a model. Pure: the same model always draws the same frame.
    public static func view(_ model: AppModel) -> Frame {
        var frame = Frame(size: model.size, fill: model.theme.window)
        if model.isTooSmall {
            drawTooSmall(model, into: &frame)
            return frame
        }
        switch model.screen {
        case .amount: AmountScreen.draw(model, into: &frame)
        case .help: HelpScreen.draw(model, into: &frame)
        case .sheet: CheckoutSheetScreen.draw(model, into: &frame)
        case .payment: PaymentScreen.draw(model, into: &frame)
        case .result: ResultScreen.draw(model, into: &frame)
        case .history: HistoryScreen.draw(model, into: &frame)
        case .shift: ShiftPromptScreen.draw(model, into: &frame)
        case .cash: CashScreen.draw(model, into: &frame)
        case .document: DocumentScreen.draw(model, into: &frame)
        case .approval: ApprovalScreen.draw(model, into: &frame)
        }
        return frame
    }

    private static func drawTooSmall(_ model: AppModel, into frame: inout Frame) {
        let minimum = AppModel.minimumSize
        let lines = [
            model.strings[.tooSmallTitle],
            model.strings.text(.tooSmallIs, ["size": "\(model.size.columns)×\(model.size.rows)"]),
            model.strings.text(.tooSmallNeeds, ["size": "\(minimum.columns)×\(minimum.rows)"]),
            model.strings[.tooSmallEnlarge],
        ]
        let top = max(0, (frame.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            frame.text(
                line, column: 0, row: top + offset, width: frame.columns, style: model.theme.window,
                alignment: .centre)
        }
    }

    /// The key bar on the last row, with the count of attempts to handle on its right (History/StatusBar).
    static func drawKeyBar(_ hints: [KeyHint], model: AppModel, into frame: inout Frame) {
        StatusBar.drawKeyBar(hints, model: model, into: &frame)
    }

    /// The title row: the store's name, and the theme in use on the right; in demo mode the demo
    /// banner instead, on every screen.
    static func drawTitle(_ model: AppModel, into frame: inout Frame) {
        if model.isDemo {
            return DemoBanner.draw(model.strings[.demoBanner], storeName: model.storeName, theme: model.theme, row: 0, into: &frame)
        }
        let window = model.theme.window
        frame.text(" " + model.storeName, column: 0, row: 0, width: frame.columns - 12, style: window.bold())
        frame.text("Till ", column: frame.columns - 12, row: 0, width: 12, style: window, alignment: .trailing)
    }

    /// The title row and the sheet's box titled `title`; returns the inside of the box, less a
    /// column of padding on each side.
    static func drawSheet(_ title: String, model: AppModel, into frame: inout Frame) -> Rect {
        let theme = model.theme
        drawTitle(model, into: &frame)
        let sheet = sheetRect(in: frame.size)
        frame.box(sheet, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: title)
        return Rect(column: sheet.column + 2, row: sheet.row + 1, width: sheet.width - 4, height: sheet.height - 2)
    }

    /// A prompt's line of news from `row` to the bottom of `inner`, wrapped: while `busy`, what is
    /// under way; else its message, or the hint of what to type. Errors in the error colour.
    static func drawPromptLine(
        busy: String?, message: AppModel.Message?, hint: String, model: AppModel, in inner: Rect, row: Int,
        into frame: inout Frame
    ) {
        let line: AppModel.Message = busy.map { .info($0) } ?? message ?? .info(hint)
        frame.wrappedText(
            line.text, column: inner.column, row: row, width: inner.width, rows: max(1, inner.bottom - row),
            style: line.kind == .error ? model.theme.error : model.theme.hint)
    }

    /// The checkout sheet's box: centred, at most 72 columns wide, between title and key bar.
    static func sheetRect(in size: TerminalSize) -> Rect {
        let width = min(size.columns - 2, 72)
        return Rect(column: (size.columns - width) / 2, row: 1, width: width, height: size.rows - 2)
    }
}
