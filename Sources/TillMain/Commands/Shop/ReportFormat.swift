import Foundation
import Journal
import TillCore

/// How an X or Z report reads for a person, and as CSV.
enum ReportFormat {
    /// The report as a person reads it at the counter or on paper.
    static func text(_ report: ShiftReport) -> String {
        var lines = [title(report)]
        if let opened = report.shift.openedAt {
            lines.append("Opened \(opened)" + (report.shift.closedAt.map { ", closed \($0)" } ?? "") + " (UTC)")
        }
        lines.append(row("Sales", report.sales, report))
        lines.append(row("Refunds", report.refunds, report))
        if report.automaticRefunds.count > 0 { lines.append(row("  of late payments", report.automaticRefunds, report)) }
        lines.append("Net".padding(toLength: 22, withPad: " ", startingAt: 0) + money(report.net, report))
        for (name, buckets) in [("By tender", report.byTender), ("By brand", report.byBrand), ("By gateway", report.byGateway)]
        where !buckets.isEmpty {
            lines.append(name)
            for (key, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
                lines.append("  " + key.padding(toLength: 12, withPad: " ", startingAt: 0) + bucketText(bucket, report))
            }
        }
        lines += cashLines(report)
        lines.append("Unresolved payments: \(report.unresolved)")
        if !report.flagged.isEmpty { lines.append("Flagged for a manager: " + report.flagged.joined(separator: ", ")) }
        for acknowledgement in report.acknowledged {
            lines.append("Closed with \(acknowledgement.order) unresolved, acknowledged by \(acknowledgement.manager)")
        }
        lines += report.reconciliation.map { "Reconciliation: \($0)" }
        if let hash = report.hash { lines.append("Hash \(hash)") }
        if let previous = report.previousHash { lines.append("Previous Z hash \(previous)") }
        return lines.joined(separator: "\n")
    }

    /// One line of `till report list`.
    static func listLine(_ report: ShiftReport) -> String {
        "Z \(report.number ?? 0)  shift \(report.shift.id ?? 0)  \(report.shift.cashier ?? "-")  closed \(report.shift.closedAt ?? "-")  "
            + "sales \(report.sales.count) \(money(report.sales.total, report))  net \(money(report.net, report))  "
            + "hash \(report.hash?.prefix(12) ?? "-")"
    }

    /// Every field as `key,value`, keys dotted as in the JSON (`sales.total`, `by_tender.cash.net`).
    static func csv(_ report: ShiftReport) -> String {
        (["key,value"] + fields(report).map { "\(JournalFormat.csvField($0.key)),\(JournalFormat.csvField($0.value))" })
            .joined(separator: "\n")
    }

    /// A header of every key any report has, then a row per report.
    static func csvList(_ reports: [ShiftReport]) -> String {
        let rows = reports.map { Dictionary(fields($0), uniquingKeysWith: { first, _ in first }) }
        let keys = Set(rows.flatMap(\.keys)).sorted()
        return ([keys.map(JournalFormat.csvField).joined(separator: ",")]
            + rows.map { row in keys.map { JournalFormat.csvField(row[$0] ?? "") }.joined(separator: ",") })
            .joined(separator: "\n")
    }

    /// An amount of the report (exact decimal text) as money: `¥1,200`.
    static func money(_ decimalText: String, _ report: ShiftReport) -> String {
        guard let currency = Currency(code: report.currency),
            let amount = try? Money.parse(decimalText: decimalText, currency: currency)
        else { return decimalText + " " + report.currency }
        return amount.formatted()
    }

    private static func title(_ report: ShiftReport) -> String {
        let name = report.number.map { "Z report \($0)" } ?? "X report"
        let shift = report.shift.id.map { " · shift \($0) · \(report.shift.cashier ?? "")" } ?? " · no shift open"
        return name + shift + " · " + report.currency
    }

    private static func row(_ name: String, _ figures: ShiftReport.Figures, _ report: ShiftReport) -> String {
        name.padding(toLength: 18, withPad: " ", startingAt: 0) + String(figures.count).padding(toLength: 4, withPad: " ", startingAt: 0)
            + money(figures.total, report)
    }

    private static func bucketText(_ bucket: ShiftReport.Bucket, _ report: ShiftReport) -> String {
        "sales \(bucket.sales.count) \(money(bucket.sales.total, report))  refunds \(bucket.refunds.count) "
            + "\(money(bucket.refunds.total, report))  net \(money(bucket.net, report))"
    }

    private static func cashLines(_ report: ShiftReport) -> [String] {
        let cash = report.cash
        var lines = [
            "Cash: float \(money(cash.float, report)) + sales \(money(cash.sales, report)) − refunds \(money(cash.refunds, report))"
                + " + paid in \(money(cash.paidIn, report)) − paid out \(money(cash.paidOut, report))",
            "Cash expected in the drawer: \(money(cash.expected, report))",
        ]
        if let counted = cash.counted, let variance = cash.variance {
            lines.append("Counted \(money(counted, report)), variance \(money(variance, report))")
        }
        return lines
    }

    /// The report's JSON flattened to dotted keys, sorted.
    private static func fields(_ report: ShiftReport) -> [(key: String, value: String)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(report.json().utf8)) else { return [] }
        var result: [(key: String, value: String)] = []
        flatten(object, prefix: "", into: &result)
        return result.sorted { $0.key < $1.key }
    }

    private static func flatten(_ value: Any, prefix: String, into result: inout [(key: String, value: String)]) {
        let join = { (key: String) in prefix.isEmpty ? key : prefix + "." + key }
        if let object = value as? [String: Any] {
            for (key, inner) in object { flatten(inner, prefix: join(key), into: &result) }
        } else if let array = value as? [Any] {
            for (index, inner) in array.enumerated() { flatten(inner, prefix: join(String(index)), into: &result) }
        } else if value is NSNull {
            result.append((prefix, ""))
        } else {
            result.append((prefix, "\(value)"))
        }
    }
}
