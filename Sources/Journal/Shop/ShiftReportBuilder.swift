import Foundation
import TillCore

/// Adds up a shift's money rows (summed by SQL into `MoneyGroup`s) into a `ShiftReport`: a pure
/// function, so a Z can be rebuilt from its rows and compared (`till report verify`).
enum ShiftReportBuilder {
    /// What a report says beyond its events: which shift, and what was open or flagged when it was made.
    struct Context {
        var kind: String
        var number: Int64?
        var shift: Shift?
        /// The cash the drawers started with, when it is not the shift's float (the store's X: every lane's).
        var float: Money?
        var currency: Currency
        var unresolved: Int
        var flagged: [String]
        var acknowledged: [ShiftReport.Acknowledgement]
        var reconciliation: [String]
    }

    /// Count and sum of the sales and refunds of one group, in minor units.
    struct Tally {
        var salesCount = 0
        var sales: Int64 = 0
        var refundsCount = 0
        var refunds: Int64 = 0

        mutating func add(_ group: MoneyGroup) {
            if group.kind == "sale" {
                salesCount += group.count
                sales += group.total
            } else if group.kind == "refund" {
                refundsCount += group.count
                refunds += group.total
            }
        }

        func bucket(_ currency: Currency) -> ShiftReport.Bucket {
            ShiftReport.Bucket(
                sales: figures(salesCount, sales, currency), refunds: figures(refundsCount, refunds, currency),
                net: text(sales - refunds, currency))
        }
    }

    static func build(_ groups: [MoneyGroup], _ context: Context) -> ShiftReport {
        let currency = context.currency
        var total = Tally(), automatic = Tally(), cash = Tally()
        var byTender: [String: Tally] = [:], byBrand: [String: Tally] = [:], byGateway: [String: Tally] = [:]
        var others: [String: Tally] = [:]
        var paidIn = (count: 0, minor: Int64(0)), paidOut = (count: 0, minor: Int64(0))
        for group in groups {
            guard group.currency == currency else {
                others[group.currency.code, default: Tally()].add(group)
                continue
            }
            switch group.kind {
            case "paid_in": paidIn = (paidIn.count + group.count, paidIn.minor + group.total)
            case "paid_out": paidOut = (paidOut.count + group.count, paidOut.minor + group.total)
            default:
                total.add(group)
                if group.isAutomatic { automatic.add(group) }
                if group.tender == .cash { cash.add(group) }
                if let tender = group.tender { byTender[tender.rawValue, default: Tally()].add(group) }
                if let brand = group.brand { byBrand[brand.rawValue, default: Tally()].add(group) }
                if let gateway = group.gateway { byGateway[gateway.rawValue, default: Tally()].add(group) }
            }
        }
        let float = (context.float ?? context.shift?.float)?.minorUnits ?? 0
        let expected = float + cash.sales - cash.refunds + paidIn.minor - paidOut.minor
        let counted = context.shift?.counted?.minorUnits
        return ShiftReport(
            kind: context.kind, number: context.number, currency: currency.code, shift: info(context.shift),
            sales: figures(total.salesCount, total.sales, currency), refunds: figures(total.refundsCount, total.refunds, currency),
            automaticRefunds: figures(automatic.refundsCount, automatic.refunds, currency),
            net: text(total.sales - total.refunds, currency),
            byTender: byTender.mapValues { $0.bucket(currency) }, byBrand: byBrand.mapValues { $0.bucket(currency) },
            byGateway: byGateway.mapValues { $0.bucket(currency) },
            paidIn: figures(paidIn.count, paidIn.minor, currency), paidOut: figures(paidOut.count, paidOut.minor, currency),
            cash: ShiftReport.Cash(
                float: text(float, currency), sales: text(cash.sales, currency), refunds: text(cash.refunds, currency),
                paidIn: text(paidIn.minor, currency), paidOut: text(paidOut.minor, currency), expected: text(expected, currency),
                counted: counted.map { text($0, currency) }, variance: counted.map { text($0 - expected, currency) }),
            unresolved: context.unresolved, flagged: context.flagged, acknowledged: context.acknowledged,
            otherCurrencies: others.reduce(into: [:]) { result, entry in
                result[entry.key] = entry.value.bucket(Currency(code: entry.key) ?? currency)
            },
            reconciliation: context.reconciliation, rows: groups.reduce(0) { $0 + $1.count }, hash: nil, previousHash: nil)
    }

    static func info(_ shift: Shift?) -> ShiftReport.ShiftInfo {
        ShiftReport.ShiftInfo(
            id: shift?.id, cashier: shift?.cashier, openedAt: shift.map { timestamp($0.openedAt) },
            closedAt: shift?.closedAt.map(timestamp))
    }

    /// UTC, to the millisecond the journal keeps: `2026-12-05T09:30:00.250Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

private func figures(_ count: Int, _ minor: Int64, _ currency: Currency) -> ShiftReport.Figures {
    ShiftReport.Figures(count: count, total: text(minor, currency))
}

private func text(_ minor: Int64, _ currency: Currency) -> String {
    Money(minorUnits: minor, currency: currency).decimalText
}
