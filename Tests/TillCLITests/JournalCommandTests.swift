import Foundation
import Journal
import Testing
import TillCore
import TillTesting

@Suite("till journal")
struct JournalCommandTests {
    let yen = Currency(code: "JPY")!
    let folder = TillBinary.temporaryFolder()
    var path: String { folder.appendingPathComponent("journal.sqlite").path }

    func seed() async throws -> MerchantOrderNumber {
        let store = try JournalStore(path: path)
        let time = Date(timeIntervalSince1970: 1_795_000_000)
        let sale = try await store.createSale(amount: Money(minorUnits: 1500, currency: yen), description: "Tea, \"large\"", at: time)
        let order = MerchantOrderNumber(rawValue: "T20261122000000ABCDEF")
        try await store.recordAttempt(PaymentAttempt(
            orderNumber: order, saleID: sale.id, gateway: .motp, brand: .wechatPay, kind: .quickPay, amount: sale.amount,
            createdAt: time))
        try await store.move(order, to: .succeeded, at: time, gatewayReference: "4200001")
        let refund = try await store.recordRefund(of: order, amount: Money(minorUnits: 500, currency: yen), reason: "cold, sorry", at: time)
        try await store.moveRefund(refund.refundNumber, to: .succeeded, at: time)
        try await store.flag(order, attention: "checked, fine", at: time)
        return order
    }

    @Test func listShowAndExport() async throws {
        let order = try await seed()
        let list = try TillBinary.run(["journal", "list", "--journal", path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("T20261122000000ABCDEF  motp  wechatpay  quickpay  1500 JPY  paid  ! needs attention"))

        let show = try TillBinary.run(["journal", "show", order.rawValue, "--journal", path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("created → succeeded"))
        #expect(show.stdout.contains("Refund     R20261122000000ABCDEF-1  500 JPY  refunded (succeeded)  cold, sorry"))

        let export = try TillBinary.run(["journal", "export", "--csv", "--journal", path])
        #expect(export.status == 0)
        let lines = export.stdout.split(separator: "\n")
        #expect(lines.first == "order_number,sale_id,created_at,gateway,brand,kind,amount,currency,state,gateway_reference,refunded,attention")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("T20261122000000ABCDEF,1,2026-") == true)
        #expect(lines.last?.hasSuffix(",1500,JPY,succeeded,4200001,500,\"checked, fine\"") == true)
    }

    @Test func anUnknownOrderIsOneSentenceAndExitTwo() throws {
        let result = try TillBinary.run(["journal", "show", "T0", "--journal", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "No payment with order number T0 is in the journal. Check the number with `till journal list`.\n")
    }

    @Test func anUnwritableJournalSaysWhatToDo() throws {
        let result = try TillBinary.run(["journal", "list", "--journal", "/proc/till/journal.sqlite"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Cannot open the journal at /proc/till/journal.sqlite"))
        #expect(result.stderr.contains("--journal PATH"))
    }

    @Test func helpListsEveryCommand() throws {
        let result = try TillBinary.run(["--help"])
        #expect(result.status == 0)
        for command in ["config", "qr", "journal"] {
            #expect(result.stdout.contains("  \(command) "), "till --help should list \(command)")
        }
    }
}
