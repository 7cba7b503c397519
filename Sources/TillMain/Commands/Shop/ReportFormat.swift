import Foundation
import Journal
import TillCore
import TillStrings

/// How an X or Z report reads for a person, and as CSV.
enum ReportFormat {
    /// The report as a person reads it on the terminal or on paper, in the language of `strings`.
    static func text(_ report: ShiftReport, _ strings: Strings = Strings(.en)) -> String {
        let money = { (text: String) in Self.money(text, report) }
        var lines = [title(report, strings)]
        if let opened = report.shift.openedAt {
            lines.append(report.shift.closedAt.map { strings.text(.reportOpenedClosed, ["opened": opened, "closed": $0]) }
                ?? strings.text(.reportOpened, ["opened": opened]))
        }
        lines.append(strings.text(.reportSales, ["count": String(report.sales.count), "total": money(report.sales.total)]))
        lines.append(strings.text(.reportRefunds, ["count": String(report.refunds.count), "total": money(report.refunds.total)]))
        if report.automaticRefunds.count > 0 {
            let late = report.automaticRefunds
            lines.append(strings.text(.reportLateRefunds, ["count": String(late.count), "total": money(late.total)]))
        }
        lines.append(strings.text(.reportNet, ["net": money(report.net)]))
        let groups: [(CommandLineKey, [String: ShiftReport.Bucket])] = [
            (.reportByTender, report.byTender), (.reportByBrand, report.byBrand), (.reportByGateway, report.byGateway),
        ]
        for (name, buckets) in groups where !buckets.isEmpty {
            lines.append(strings[name])
            for (key, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
                lines.append(strings.text(.reportBucket, [
                    "name": key, "salesCount": String(bucket.sales.count), "sales": money(bucket.sales.total),
                    "refundsCount": String(bucket.refunds.count), "refunds": money(bucket.refunds.total), "net": money(bucket.net),
                ]))
            }
        }
        lines += cashLines(report, strings)
        lines += closingLines(report, strings)
        return lines.joined(separator: "\n")
    }

    /// One line of `till report list`.
    static func listLine(_ report: ShiftReport, _ strings: Strings = Strings(.en)) -> String {
        strings.text(.reportListLine, [
            "number": String(report.number ?? 0), "shift": String(report.shift.id ?? 0), "cashier": report.shift.cashier ?? "-",
            "closed": report.shift.closedAt ?? "-", "count": String(report.sales.count), "total": money(report.sales.total, report),
            "net": money(report.net, report), "hash": String(report.hash?.prefix(12) ?? "-"),
        ])
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

    private static func title(_ report: ShiftReport, _ strings: Strings) -> String {
        let name = report.number.map { strings.text(.reportTitleZ, ["number": String($0)]) } ?? strings[.reportTitleX]
        let shift = report.shift.id.map { strings.text(.reportShift, ["id": String($0), "cashier": report.shift.cashier ?? ""]) }
            ?? strings[.reportNoShift]
        return name + " · " + shift + " · " + report.currency
    }

    private static func cashLines(_ report: ShiftReport, _ strings: Strings) -> [String] {
        let cash = report.cash
        var lines = [
            strings.text(.reportCash, [
                "float": money(cash.float, report), "sales": money(cash.sales, report), "refunds": money(cash.refunds, report),
                "paidIn": money(cash.paidIn, report), "paidOut": money(cash.paidOut, report),
            ]),
            strings.text(.reportExpected, ["expected": money(cash.expected, report)]),
        ]
        if let counted = cash.counted, let variance = cash.variance {
            lines.append(strings.text(.reportCounted, ["counted": money(counted, report), "variance": money(variance, report)]))
        }
        return lines
    }

    /// What was left open, the comparison with the gateways, and the hashes.
    private static func closingLines(_ report: ShiftReport, _ strings: Strings) -> [String] {
        var lines = [strings.text(.reportUnresolved, ["count": String(report.unresolved)])]
        if !report.flagged.isEmpty { lines.append(strings.text(.reportFlagged, ["orders": report.flagged.joined(separator: ", ")])) }
        for acknowledgement in report.acknowledged {
            lines.append(strings.text(.reportAcknowledged, ["order": acknowledgement.order, "manager": acknowledgement.manager]))
        }
        lines += report.reconciliation.map { strings.text(.reportReconciliation, ["line": $0]) }
        if let hash = report.hash { lines.append(strings.text(.reportHash, ["hash": hash])) }
        if let previous = report.previousHash { lines.append(strings.text(.reportPreviousHash, ["hash": previous])) }
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
