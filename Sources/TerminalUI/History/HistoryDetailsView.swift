import Checkout
import TillCore
import TillStrings

/// One attempt in full: order number, sale, amount, state and refunds, the flag text and why it
/// needs a person, who handled it (when, and their note), then every transition with its time and
/// every refund.
enum HistoryDetailsView {
    static let labelWidth = 11

    static func draw(_ model: AppModel, in area: Rect, into frame: inout Frame) {
        let theme = model.theme
        let history = model.history
        let strings = model.strings
        guard let entry = history.details?.entry ?? history.selectedEntry else { return }
        var lines = summary(entry, strings)
        if let details = history.details, details.entry.orderNumber == entry.orderNumber {
            lines += details.handled.map { (strings[.labelHandled], $0.text) }
            lines.append(("", ""))
            lines.append((strings[.labelChanges], details.transitions.isEmpty ? strings[.noneStored] : ""))
            lines += details.transitions.map { ("", transitionText($0, strings)) }
            if !details.refunds.isEmpty {
                lines.append((strings[.labelRefunds], ""))
                lines += details.refunds.map { ("", refundText($0, strings)) }
            }
        } else {
            lines.append(("", strings[.historyReading]))
        }
        let lastRow = area.bottom - 2
        var row = area.row
        for line in lines {
            guard row < lastRow else {
                frame.text("…", column: area.column + labelWidth, row: lastRow - 1, style: theme.hint)
                break
            }
            frame.text(line.0, column: area.column, row: row, width: labelWidth, style: theme.commodityName.bold())
            let style = line.0 == strings[.labelFlag] || line.0 == strings[.labelNeeds] ? theme.error : theme.paymentMethod.bold(false)
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

    private static func summary(_ entry: HistoryEntry, _ strings: Strings) -> [(String, String)] {
        let mark = entry.needsAPerson ? "  " + strings[.markNeedsPerson] : entry.handled != nil ? "  " + strings[.markHandled] : ""
        let kind = strings[entry.kind == .qr ? .kindQR : .kindScanned]
        var lines: [(String, String)] = [
            (strings[.labelOrder], entry.orderNumber.rawValue + mark),
            (strings[.labelSale], "#\(entry.saleID)" + (entry.saleDescription.map { " · " + $0 } ?? "")),
            (strings[.labelTime], entry.time),
            (strings[.amountLabel], entry.amount.formatted()),
            (strings[entry.state == .succeeded ? .labelPaidWith : .labelMethod], "\(entry.brand.displayName) · \(entry.gateway.displayName) · \(kind)"),
            (strings[.columnState], stateText(entry, strings)),
        ]
        if let attention = entry.attention { lines.append((strings[.labelFlag], "! " + attention)) }
        let needs = entry.needs.filter { $0 != .flagged }.map { $0.text(in: strings) }
        if !needs.isEmpty { lines.append((strings[.labelNeeds], "! " + needs.joined(separator: strings[.listSeparator]))) }
        return lines
    }

    private static func stateText(_ entry: HistoryEntry, _ strings: Strings) -> String {
        var parts = [entry.state == .succeeded ? strings[.statePaid] : entry.stateText(in: strings)]
        if !entry.refunded.isZero { parts.append(strings.text(.detailRefunded, ["amount": entry.refunded.formatted()])) }
        if entry.refundPending { parts.append(strings[.detailRefundPending]) }
        if entry.state == .succeeded {
            if entry.refunds == .none {
                parts.append(strings.text(.detailNoRefunds, ["gateway": entry.gateway.displayName]))
            } else if entry.left.isPositive {
                parts.append(strings.text(.detailLeftToRefund, ["amount": entry.left.formatted()]))
            }
        }
        if !entry.state.isFinal { parts.append(strings[.detailNoFinalAnswer]) }
        return parts.joined(separator: " · ")
    }

    private static func transitionText(_ transition: HistoryDetails.Transition, _ strings: Strings) -> String {
        var text = transition.time + "  "
        if let from = transition.from { text += "\(PaymentWords.state(from, in: strings)) → " }
        text += PaymentWords.state(transition.to, in: strings)
        if let code = transition.code { text += "  [\(code)]" }
        if let note = transition.note { text += "  \(note)" }
        return text
    }

    private static func refundText(_ refund: HistoryDetails.RefundLine, _ strings: Strings) -> String {
        "\(refund.time)  \(refund.number)  \(refund.amount.formatted())  \(PaymentWords.refund(refund.state, in: strings))"
    }
}
