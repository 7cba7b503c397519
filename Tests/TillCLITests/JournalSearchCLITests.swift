import Foundation
import Journal
import Testing
import TillCore
import TillTesting

/// `till journal list|export` searching over days, through the real binary, in a fixed time zone.
@Suite struct JournalSearchCLITests {
    let yen = Currency(code: "JPY")!
    let folder = TillBinary.temporaryFolder()
    var path: String { folder.appendingPathComponent("journal.sqlite").path }
    /// 2026-12-01 00:00 in Tokyo.
    let firstDay = Date(timeIntervalSince1970: 1_796_050_800)
    let tokyo = ["TZ": "Asia/Tokyo"]

    /// One sale a day on 2026-12-01, 12-02 and 12-03 (Tokyo), at 23:30 local time.
    func seed() async throws {
        let store = try JournalStore(path: path)
        for (index, amount) in [Int64(1200), 500, 1200].enumerated() {
            let time = firstDay.addingTimeInterval(Double(index) * 86_400 + 23.5 * 3_600)
            let sale = try await store.createSale(amount: Money(minorUnits: amount, currency: yen), description: nil, at: time)
            try await store.recordAttempt(PaymentAttempt(
                orderNumber: MerchantOrderNumber(rawValue: "T2026120\(index + 1)-\(amount)"), saleID: sale.id,
                gateway: index == 1 ? .motp : .takemepay, brand: index == 1 ? .alipay : .wechatPay, kind: .qr,
                amount: sale.amount, createdAt: time))
        }
    }

    func run(_ arguments: [String]) throws -> TillBinary.Result {
        try TillBinary.run(["journal"] + arguments + ["--journal", path], environment: tokyo)
    }

    @Test func listAndExportADateRange() async throws {
        try await seed()
        let list = try run(["list", "--from", "2026-12-02", "--to", "2026-12-03"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("T20261202-500") && list.stdout.contains("T20261203-1200"))
        #expect(!list.stdout.contains("T20261201-1200"), "23:30 on 12-01 in Tokyo is before the range")
        #expect(list.stdout.contains("2026-12-02T23:30:00+09:00  T20261202-500"), "people read the counter's local time")
        let export = try run(["export", "--csv", "--from", "2026-12-01", "--to", "2026-12-01"])
        #expect(export.stdout.split(separator: "\n").count == 2)
        #expect(export.stdout.contains("T20261201-1200,1,2026-12-01T14:30:00Z,"), "CSV keeps UTC")
    }

    @Test func amountBrandGatewayAndOrder() async throws {
        try await seed()
        #expect(try run(["list", "--amount", "1200"]).stdout.split(separator: "\n").count == 2)
        #expect(try run(["list", "--brand", "alipay"]).stdout.contains("T20261202-500"))
        #expect(try run(["list", "--gateway", "MOTP"]).stdout.split(separator: "\n").count == 1)
        #expect(try run(["list", "--order", "1203"]).stdout.contains("T20261203-1200"))
        let none = try run(["list", "--amount", "999"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("No payment in the journal"))
    }

    @Test(arguments: [
        (["list", "--from", "2026-13-01"], "--from 2026-13-01 is not a day: write it as YYYY-MM-DD"),
        (["list", "--to", "2026-02-30"], "--to 2026-02-30 is not a day"),
        (["list", "--from", "2026-12-03", "--to", "2026-12-01"], "is before --from"),
        (["list", "--brand", "paypal"], "Unknown brand \"paypal\": use wechatpay, alipay, card or tapin."),
        (["list", "--gateway", "stripe"], "Unknown gateway \"stripe\""),
        (["list", "--amount", "12.5"], "--amount 12.5:"),
        (["export", "--csv", "--amount", "1200", "--currency", "XYZ"], "Unknown currency \"XYZ\""),
        (["list", "--currency", "JPY"], "--currency goes with --amount"),
    ])
    func badSearchesExitWithTwo(arguments: [String], message: String) async throws {
        try await seed()
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
