/// The outcome of a payment, with a receipt-style summary: store, amount, brand, gateway, order
/// number, time.
enum ResultScreen {
    static func draw(_ model: AppModel, into frame: inout Frame) {
        guard let result = model.checkout.result else { return }
        let theme = model.theme
        let payment = model.checkout.payment
        TillApp.drawTitle(model, into: &frame)
        let sheet = TillApp.sheetRect(in: frame.size)
        frame.box(sheet, corners: theme.corners, style: theme.divider, fill: theme.sheet, title: title(result.outcome))
        let inner = Rect(column: sheet.column + 2, row: sheet.row + 1, width: sheet.width - 4, height: sheet.height - 2)
        var row = inner.row + 1
        let headline = headline(result.outcome)
        frame.text(headline, column: inner.column, row: row, width: inner.width, style: theme.outcome(result.outcome))
        row += 1
        let demo = model.isDemo && result.outcome == .paid ? ["Demo mode: the sandbox paid, no real money was taken."] : []
        for line in (demo + explanation(result.outcome)).flatMap({ Frame.wrap($0, width: inner.width) }) where row < inner.bottom {
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
            ("Store", model.storeName), ("Amount", amount), ("Item", model.checkout.commodity),
            ("Brand", payment?.brand?.displayName), ("Gateway", payment?.gateway?.displayName),
            ("Order", result.orderNumber), ("Time", result.time),
        ]
        for (label, value) in summary where row < inner.bottom {
            guard let value else { continue }
            frame.text(label, column: inner.column, row: row, width: 10, style: theme.paymentMethod)
            frame.text(value, column: inner.column + 10, row: row, width: inner.width - 10, style: theme.commodityName)
            row += 1
        }
        let next = result.outcome == .paid ? "Next sale" : "Back"
        TillApp.drawKeyBar([KeyHint("Enter", next), KeyHint("F10", "Quit")], model: model, into: &frame)
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

    static func title(_ outcome: PaymentResult.Outcome) -> String {
        switch outcome {
        case .paid: "Paid"
        case .declined: "Declined"
        case .unconfirmed: "Unconfirmed"
        case .cancelled: "Cancelled"
        case .notStarted: "Not started"
        }
    }

    static func headline(_ outcome: PaymentResult.Outcome) -> String {
        switch outcome {
        case .paid: "✓ Paid. Hand over the goods."
        case .declined: "✗ Declined: the buyer was not charged."
        case .unconfirmed: "? Unconfirmed — do not take this sale again yet."
        case .cancelled: "Cancelled: the buyer was not charged."
        case .notStarted: "✗ The payment could not be started."
        }
    }

    /// What the cashier does next.
    static func explanation(_ outcome: PaymentResult.Outcome) -> [String] {
        switch outcome {
        case .paid: []
        case .declined(let reason): [reason]
        case .unconfirmed:
            [
                "The gateway has not said whether the buyer paid.",
                "Ask the buyer to look in their wallet app: take the sale again only if it shows no payment.",
                "Till keeps checking; a payment it finds later is refunded automatically, so nobody pays twice.",
            ]
        case .cancelled: ["Enter starts a new sale; F3 there puts this amount back."]
        case .notStarted(let message): [message]
        }
    }

}
