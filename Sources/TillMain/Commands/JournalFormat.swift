import Checkout
import Foundation
import Journal
import TerminalUI
import TillCore
import TillStrings

/// How journal records look on the command line and in CSV.
enum JournalFormat {
    /// ISO 8601 with the offset of `timeZone`: the counter's local time for people (`list`, `show`,
    /// the same days `--from`/`--to` mean), UTC for CSV.
    static func timestamp(_ date: Date, in timeZone: TimeZone = .current) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    /// One line per attempt: time, order, gateway, brand, amount, the state in the counter's words,
    /// and a mark when a manager must look.
    static func line(_ attempt: PaymentAttempt, refundedMinorUnits: Int64, in strings: Strings = Strings(.en)) -> String {
        let mark = attempt.attention == nil ? "" : "  " + strings[.journalNeedsAttention]
        let word = PaymentWords.state(
            attempt.state, refundedInFull: refundedMinorUnits >= attempt.amount.minorUnits, in: strings)
        return [timestamp(attempt.createdAt), attempt.orderNumber.rawValue, attempt.gateway.rawValue, attempt.brand.rawValue,
                attempt.kind.rawValue, attempt.amount.decimalText + " " + attempt.amount.currency.code, word]
            .joined(separator: "  ") + mark
    }

    /// One attempt with every state change and refund, labels in the language of `strings` (the
    /// journal's own state names in brackets stay as stored: they are what the CSV holds).
    static func detail(
        _ attempt: PaymentAttempt, transitions: [AttemptTransition], refunds: [Refund], handled: [HandledMark] = [],
        in strings: Strings = Strings(.en)
    ) -> String {
        let label = Labels(strings)
        let state = PaymentWords.state(attempt.state, refundedInFull: isRefundedInFull(attempt, refunds), in: strings)
        var lines = [
            label(.journalOrder) + "\(attempt.orderNumber)",
            label(.journalSale) + "\(attempt.saleID)",
            label(.journalGateway) + "\(attempt.gateway.displayName) (\(attempt.brand.displayName), \(attempt.kind.rawValue))",
            label(.journalAmount) + "\(attempt.amount.decimalText) \(attempt.amount.currency.code)",
            label(.journalState) + "\(state) (\(attempt.state.rawValue))",
            label(.journalReference) + "\(attempt.gatewayReference ?? "-")" + (attempt.secondaryReference.map { " / \($0)" } ?? ""),
        ]
        if let attention = attempt.attention { lines.append(label(.journalAttention) + attention) }
        for mark in handled {
            let names = ["time": timestamp(mark.at), "person": mark.person, "note": mark.note]
            lines.append(label(.journalHandled) + strings.text(.journalHandledBy, names))
        }
        lines.append(strings[.journalHistory])
        for transition in transitions {
            let raw = [transition.rawCode, transition.note].compactMap { $0 }.joined(separator: "; ")
            lines.append("  \(timestamp(transition.at))  \(transition.from?.rawValue ?? "-") → \(transition.to.rawValue)" + (raw.isEmpty ? "" : "  (\(raw))"))
        }
        for refund in refunds {
            let amount = "\(refund.amount.decimalText) \(refund.amount.currency.code)"
            let word = "\(PaymentWords.refund(refund.state, in: strings)) (\(refund.state.rawValue))"
            lines.append(label(.journalRefund) + "\(refund.refundNumber)  \(amount)  \(word)" + (refund.reason.map { "  \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// The detail's labels padded to one column, counting a wide character as two.
    private struct Labels {
        let strings: Strings
        let width: Int

        init(_ strings: Strings) {
            self.strings = strings
            let keys: [CommandLineKey] = [
                .journalOrder, .journalSale, .journalGateway, .journalAmount, .journalState, .journalReference,
                .journalAttention, .journalHandled, .journalRefund,
            ]
            width = keys.map { CharacterWidth.of(strings[$0]) }.max() ?? 0
        }

        func callAsFunction(_ key: CommandLineKey) -> String {
            let text = strings[key]
            return text + String(repeating: " ", count: width - CharacterWidth.of(text) + 2)
        }
    }

    static func refundedMinorUnits(_ refunds: [Refund]) -> Int64 {
        refunds.filter { $0.state == .succeeded }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
    }

    private static func isRefundedInFull(_ attempt: PaymentAttempt, _ refunds: [Refund]) -> Bool {
        refundedMinorUnits(refunds) >= attempt.amount.minorUnits
    }

    static let csvHeader = "order_number,sale_id,created_at,gateway,brand,kind,amount,currency,state,gateway_reference,refunded,attention"

    static func csvRow(_ attempt: PaymentAttempt, refundedMinorUnits: Int64) -> String {
        let refunded = Money(minorUnits: refundedMinorUnits, currency: attempt.amount.currency)
        return [attempt.orderNumber.rawValue, String(attempt.saleID), timestamp(attempt.createdAt, in: .gmt), attempt.gateway.rawValue,
                attempt.brand.rawValue, attempt.kind.rawValue, attempt.amount.decimalText, attempt.amount.currency.code,
                attempt.state.rawValue, attempt.gatewayReference ?? "", refunded.decimalText, attempt.attention ?? ""]
            .map(csvField).joined(separator: ",")
    }

    /// RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
