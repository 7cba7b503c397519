import TillStrings

/// The outcome of a payment, with a receipt-style summary: store, amount, brand, gateway, order
/// number, time.
enum ResultScreen {
    static func draw(_ model: AppModel, into frame: inout Frame) {
        guard let result = model.checkout.result else { return }
        let theme = model.theme
        let payment = model.checkout.payment
        let strings = model.strings
        let inner = TillApp.drawSheet(title(result.outcome, strings), model: model, into: &frame)
        var row = inner.row + 1
        let headline = headline(result.outcome, strings)
        frame.text(headline, column: inner.column, row: row, width: inner.width, style: theme.outcome(result.outcome))
        row += 1
        let demo = model.isDemo && result.outcome == .paid ? [strings[.resultDemoPaid]] : []
        // Why the receipt did not print comes first: the cashier has to act on it.
        let printing = model.shop.saleReceipt?.printProblem.map { [$0] } ?? []
        for line in (printing + demo + explanation(result.outcome, strings)).flatMap({ Frame.wrap($0, width: inner.width) }) {
            guard row < inner.bottom else {
                frame.noteCut(line)
                continue
            }
            frame.text(line, column: inner.column, row: row, width: inner.width, style: theme.paymentMethod)
            row += 1
        }
        let amount = payment.map { AmountEntry.display(minorUnits: $0.amount.minorUnits, currency: $0.amount.currency) }
        if result.outcome == .paid, let amount {
            row = drawBigAmount(amount, style: theme.outcome(result.outcome), in: inner, row: row, leaving: 10, into: &frame)
        }
        frame.divider(column: inner.column, row: row + 1, width: inner.width, style: theme.divider)
        row += 3
        let summary: [(String, String?)] = [
            (strings[.labelStore], model.storeName), (strings[.amountLabel], amount),
            (strings[.labelItem], model.checkout.commodity(strings)), (strings[.labelBrand], payment?.brand?.displayName),
            (strings[.labelGateway], payment?.gateway?.displayName), (strings[.labelOrder], orderLine(result, model)),
            (strings[.labelTime], result.time),
        ]
        for (label, value) in summary where row < inner.bottom {
            guard let value else { continue }
            frame.text(label, column: inner.column, row: row, width: 10, style: theme.paymentMethod)
            frame.text(value, column: inner.column + 10, row: row, width: inner.width - 10, style: theme.commodityName)
            row += 1
        }
        let next = strings[result.outcome == .paid ? .hintNextSale : .hintBack]
        var hints = [KeyHint("Enter", next), KeyHint("F10", strings[.hintQuit])]
        if model.shop.saleReceipt != nil { hints.insert(KeyHint("r", strings[.hintReceipt]), at: 1) }
        TillApp.drawKeyBar(hints, model: model, into: &frame)
    }

    /// The order number, and the receipt's once the desk found it: `T2026… · Receipt No. 12`.
    static func orderLine(_ result: PaymentResult, _ model: AppModel) -> String? {
        guard let order = result.orderNumber else { return nil }
        guard let receipt = model.shop.saleReceipt else { return order }
        return order + " · " + model.strings.text(.labelReceiptNumber, ["number": String(receipt.number)])
    }

    /// The amount in big digits, centred, when they fit with `leaving` rows to spare below; returns
    /// the row after what was drawn.
    static func drawBigAmount(
        _ text: String, style: CellStyle, in inner: Rect, row: Int, leaving: Int, into frame: inout Frame
    ) -> Int {
        let font = BigDigitFont.builtin
        guard font.canRender(text), font.width(of: text) <= inner.width, inner.bottom - row - 1 - BigDigitFont.height >= leaving
        else { return row }
        frame.bigText(text, column: inner.column + (inner.width - font.width(of: text)) / 2, row: row + 1, font: font, style: style)
        return row + 1 + BigDigitFont.height
    }

    static func title(_ outcome: PaymentResult.Outcome, _ strings: Strings) -> String {
        switch outcome {
        case .paid: strings[.resultPaid]
        case .declined: strings[.resultDeclined]
        case .unconfirmed: strings[.resultUnconfirmed]
        case .cancelled: strings[.resultCancelled]
        case .notStarted: strings[.resultNotStarted]
        }
    }

    static func headline(_ outcome: PaymentResult.Outcome, _ strings: Strings) -> String {
        switch outcome {
        case .paid: strings[.headlinePaid]
        case .declined: strings[.headlineDeclined]
        case .unconfirmed: strings[.headlineUnconfirmed]
        case .cancelled: strings[.headlineCancelled]
        case .notStarted: strings[.headlineNotStarted]
        }
    }

    /// What the cashier does next.
    static func explanation(_ outcome: PaymentResult.Outcome, _ strings: Strings) -> [String] {
        switch outcome {
        case .paid: []
        case .declined(let reason): [reason]
        case .unconfirmed: [strings[.unconfirmedNoAnswer], strings[.unconfirmedAskBuyer], strings[.unconfirmedKeepsChecking]]
        case .cancelled: [strings[.cancelledNext]]
        case .notStarted(let message): [message]
        }
    }

}
