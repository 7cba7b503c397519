import Foundation
import Testing
import TillTesting
@testable import Journal

/// Receipts printed on a network ESC/POS printer after each sale and refund: the bytes reach a
/// printer on 127.0.0.1; a printer that is off never changes the sale, and the receipt prints later.
@Suite("Receipts on the printer")
struct ReceiptPrintingCLITests {
    let home = TillBinary.temporaryFolder()
    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
    }

    func till(_ arguments: [String], expect status: Int32 = 0) throws -> TillBinary.Result {
        let result = try TillBinary.run(arguments, environment: environment)
        #expect(result.status == status, "till \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    func configure(printerPort port: UInt16) throws {
        let folder = home.appendingPathComponent("config/till")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "[store]\nreceipt_header = \"Corner Shop\\nMain Street 1\"\n\n[printer]\nhost = \"127.0.0.1:\(port)\"\nwidth = 80\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("till.toml"))
    }

    @Test func everySaleAndRefundIsPrintedAndAnUnreachablePrinterLosesNothing() async throws {
        let printer = try LoopbackPrinter()
        try configure(printerPort: printer.port)
        _ = try till(["shift", "open", "--cashier", "Aiko", "--float", "0"])
        let paid = try till(["pay", "--cash", "--amount", "500", "--tendered", "1000", "--json"])
        let order = try #require(try JSONSerialization.jsonObject(with: Data(paid.stdout.utf8)) as? [String: Any])["order"] as? String
        let number = try #require(order)
        #expect(printer.printed("RECEIPT 1") && printer.printed("Corner Shop") && printer.printed(number))
        #expect(printer.received.last?.contains([0x1B, 0x70]) == true, "a cash sale opens the drawer")
        #expect(printer.received.last?.contains([0x1D, 0x56]) == true, "the paper is cut")
        _ = try till(["refund", number, "--amount", "200"])
        #expect(printer.printed("REFUND RECEIPT 2") && printer.printed("Refund of receipt 1"))

        try configure(printerPort: 9)  // nothing listens on the discard port
        let offline = try till(["pay", "--other", "--amount", "700", "--reference", "CARD-1"])
        #expect(offline.stderr.contains("Receipt 3 was not printed"))
        let store = try JournalStore(path: home.appendingPathComponent("data/till/journal.sqlite").path)
        #expect(try await store.unprintedReceipts().map(\.number) == [3])

        try configure(printerPort: printer.port)
        #expect(try till(["receipt", "print", "3"]).stdout.contains("Receipt 3 printed."))
        #expect(printer.printed("CARD-1") && printer.printed("RECEIPT 3"))
        #expect(try await store.unprintedReceipts().isEmpty)
        _ = try till(["report", "z", "--counted", "300"])
        #expect(printer.printed("Z report 1"))
    }
}
