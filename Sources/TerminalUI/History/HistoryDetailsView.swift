import Checkout
import TillCore

/// One attempt in full: order number, sale, amount, state and refunds, the flag text and why it
/// needs a person, who handled it (when, and their note), then every transition with its time and
/// every refund.
enum HistoryDetailsView {
    static let labelWidth = 11

    static func draw(_ model: AppModel, in area: Rect, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        guard let entry = history.details?.entry ?? history.selectedEntry else { return }
        var lines = summary(entry)
        if let details = history.details, details.entry.orderNumber == entry.orderNumber {
            lines += details.handled.map { ("Handled", $0.text) }
            lines.append(("", ""))
            lines.append(("Changes", details.transitions.isEmpty ? "none stored" : ""))
            lines += details.transitions.map { ("", transitionText($0)) }
            if !details.refunds.isEmpty {
                lines.append(("Refunds", ""))
                lines += details.refunds.map { ("", refundText($0)) }
            }
        } else {
            lines.append(("", "Reading the journal…"))
        }
        let lastRow = area.bottom - 2
        var row = area.row
        for line in lines {
            guard row < lastRow else {
                frame.text("…", column: area.column + labelWidth, row: lastRow - 1, style: theme.hint)
                break
            }
            frame.text(line.0, column: area.column, row: row, width: labelWidth, style: theme.commodityName.bold())
            let style = line.0 == "Flag" || line.0 == "Needs" ? theme.error : theme.paymentMethod.bold(false)
            // The summary's sentences wrap (a state with its refund note, a flag); the history's lines
            // are one each.
            let column = area.column + labelWidth, width = area.width - labelWidth
            if line.0.isEmpty || line.1.isEmpty {
                frame.text(line.1, column: column, row: row, width: width, style: style)
                row += 1
            } else {
                row += frame.wrappedText(line.1, column: column, row: row, width: width, rows: lastRow - row, style: style)
            }
        }
        HistoryScreen.drawMessage(model, row: area.bottom - 1, in: area, into: &frame)
    }

    private static func summary(_ entry: HistoryEntry) -> [(String, String)] {
        var lines: [(String, String)] = [
            ("Order", entry.orderNumber.rawValue + (entry.needsAPerson ? "  ! needs a person" : entry.handled != nil ? "  ✓ handled" : "")),
            ("Sale", "#\(entry.saleID)" + (entry.saleDescription.map { " · " + $0 } ?? "")),
            ("Time", entry.time),
            ("Amount", entry.amount.formatted()),
            (entry.state == .succeeded ? "Paid with" : "Method", "\(entry.brand.displayName) · \(entry.gateway.displayName) · \(kindText(entry.kind))"),
            ("State", stateText(entry)),
        ]
        if let attention = entry.attention { lines.append(("Flag", "! " + attention)) }
        let needs = entry.needs.filter { $0 != .flagged }.map(\.text)
        if !needs.isEmpty { lines.append(("Needs", "! " + needs.joined(separator: "; "))) }
        return lines
    }

    private static func kindText(_ kind: PaymentKind) -> String {
        kind == .qr ? "QR code" : "scanned code"
    }

    private static func stateText(_ entry: HistoryEntry) -> String {
        var parts = [entry.state == .succeeded ? "paid" : entry.stateText]
        if !entry.refunded.isZero { parts.append("refunded \(entry.refunded.formatted())") }
        if entry.refundPending { parts.append("a refund is pending") }
        if entry.state == .succeeded {
            if entry.refunds == .none {
                parts.append("\(entry.gateway.displayName) does not offer refunds")
            } else if entry.left.isPositive {
                parts.append("\(entry.left.formatted()) left to refund")
            }
        }
        if !entry.state.isFinal { parts.append("no final answer yet") }
        return parts.joined(separator: " · ")
    }

    private static func transitionText(_ transition: HistoryDetails.Transition) -> String {
        var text = transition.time + "  "
        if let from = transition.from { text += "\(PaymentWords.state(from)) → " }
        text += PaymentWords.state(transition.to)
        if let code = transition.code { text += "  [\(code)]" }
        if let note = transition.note { text += "  \(note)" }
        return text
    }

    private static func refundText(_ refund: HistoryDetails.RefundLine) -> String {
        "\(refund.time)  \(refund.number)  \(refund.amount.formatted())  \(PaymentWords.refund(refund.state))"
    }
}
