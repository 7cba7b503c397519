import Checkout
import Foundation
import Journal
import TillCore

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
    static func line(_ attempt: PaymentAttempt, refundedMinorUnits: Int64) -> String {
        let mark = attempt.attention == nil ? "" : "  ! needs attention"
        let word = PaymentWords.state(attempt.state, refundedInFull: refundedMinorUnits >= attempt.amount.minorUnits)
        return [timestamp(attempt.createdAt), attempt.orderNumber.rawValue, attempt.gateway.rawValue, attempt.brand.rawValue,
                attempt.kind.rawValue, attempt.amount.decimalText + " " + attempt.amount.currency.code, word]
            .joined(separator: "  ") + mark
    }

    static func detail(
        _ attempt: PaymentAttempt, transitions: [AttemptTransition], refunds: [Refund], handled: [HandledMark] = []
    ) -> String {
        var lines = [
            "Order      \(attempt.orderNumber)",
            "Sale       \(attempt.saleID)",
            "Gateway    \(attempt.gateway.displayName) (\(attempt.brand.displayName), \(attempt.kind.rawValue))",
            "Amount     \(attempt.amount.decimalText) \(attempt.amount.currency.code)",
            "State      \(PaymentWords.state(attempt.state, refundedInFull: isRefundedInFull(attempt, refunds))) (\(attempt.state.rawValue))",
            "Reference  \(attempt.gatewayReference ?? "-")" + (attempt.secondaryReference.map { " / \($0)" } ?? ""),
        ]
        if let attention = attempt.attention { lines.append("ATTENTION  \(attention)") }
        for mark in handled {
            lines.append("Handled    \(timestamp(mark.at))  by \(mark.person): \(mark.note)")
        }
        lines.append("History")
        for transition in transitions {
            let raw = [transition.rawCode, transition.note].compactMap { $0 }.joined(separator: "; ")
            lines.append("  \(timestamp(transition.at))  \(transition.from?.rawValue ?? "-") → \(transition.to.rawValue)" + (raw.isEmpty ? "" : "  (\(raw))"))
        }
        for refund in refunds {
            lines.append("Refund     \(refund.refundNumber)  \(refund.amount.decimalText) \(refund.amount.currency.code)  \(PaymentWords.refund(refund.state)) (\(refund.state.rawValue))" + (refund.reason.map { "  \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
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
