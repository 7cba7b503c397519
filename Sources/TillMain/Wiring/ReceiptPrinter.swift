import Checkout
import Foundation
import Journal
import Printing
import TillConfig
import TillCore
import TillStrings

/// The configured ESC/POS printer, and how a receipt or a report becomes paper. A printer that is
/// off, out of paper or stops midway gives one clear line; the receipt stays unprinted in the
/// journal and `till receipt print N` prints it again. Printing never changes a sale's outcome.
struct ReceiptPrinter: Sendable {
    let settings: PrinterSettings
    let connection: any PrinterConnection
    let encoder: ESCPOSEncoder
    let strings: Strings

    /// The printer of `settings`, or a usage error saying what is wrong with them.
    init(_ settings: PrinterSettings, _ strings: Strings) throws {
        self.settings = settings
        self.strings = strings
        guard let paper = PaperWidth(millimetres: settings.width), let codepage = PrinterCodepage(configValue: settings.codepage)
        else { throw CLIError(strings[.shopPrinterSettings], exitCode: 2) }
        encoder = ESCPOSEncoder(paper: paper, codepage: codepage)
        if let device = settings.device {
            connection = DevicePrinter(path: device)
        } else {
            do { connection = try TCPPrinter(address: settings.host ?? "") } catch {
                throw CLIError(strings.text(.shopPrinterHost, ["reason": error.description]), exitCode: 2)
            }
        }
    }

    /// The words on paper: the language chosen, or English when the code page holds ASCII only.
    var paperStrings: Strings { settings.codepage == "raster" ? Strings(.en) : strings }

    /// Prints receipt `facts`; counts the printing in the journal when it reached the printer whole.
    func print(_ facts: ReceiptFacts, header: String?, journal: JournalStore) async throws(PrinterError) {
        var document = PrintDocument(facts.tender == .cash ? [.drawerKick] : [])
        for line in ReceiptLayout.lines(facts, header: header, paperStrings) { document.append(Self.printLine(line)) }
        document.append(.feed(3))
        document.append(.cut())
        try await connection.printInBackground(document, with: encoder)
        try? await journal.markPrinted(facts.receipt.number)
    }

    /// Prints a report's text, line by line, and cuts.
    func print(report text: String) async throws(PrinterError) {
        var document = PrintDocument(text.split(separator: "\n", omittingEmptySubsequences: false).map { .text(String($0)) })
        document.append(.feed(3))
        document.append(.cut())
        try await connection.printInBackground(document, with: encoder)
    }

    static func printLine(_ line: ReceiptLine) -> PrintLine {
        switch line {
        case .title(let text): .text(text, TextStyle(alignment: .center, bold: true))
        case .text(let text): .text(text)
        case .row(let label, let value): .row(label: label, value: value)
        case .total(let label, let value): .text("\(label) \(value)", TextStyle(alignment: .right, bold: true, size: .double))
        case .divider: .divider()
        case .qr(let text): .qrCode(text)
        }
    }
}

/// A failure of printing told in the language of `strings`: a printer's own words, or ours.
func printingFailure(_ error: any Error, _ strings: Strings) -> String {
    (error as? PrinterError)?.message(in: strings) ?? (error as? CLIError)?.message ?? String(describing: error)
}

extension TillEnvironment {
    /// Prints the receipts of `order` never printed yet, when a printer is configured with `auto`;
    /// a failure is one line on standard error, never an exit status.
    func printNewReceipts(of order: MerchantOrderNumber) async {
        for problem in await printUnprintedReceipts(of: order) { printError(problem) }
    }

    /// Prints the receipts of `order` never printed yet, when a printer is configured with `auto`;
    /// returns what went wrong, one sentence per receipt, in the cashier's language.
    func printUnprintedReceipts(of order: MerchantOrderNumber) async -> [String] {
        guard let settings = printer, settings.automatic else { return [] }
        let printer: ReceiptPrinter
        do { printer = try ReceiptPrinter(settings, strings) } catch { return [printingFailure(error, strings)] }
        var problems: [String] = []
        for receipt in (try? await journal.receipts(of: order)) ?? [] where receipt.printed == 0 {
            guard let facts = try? await journal.receiptFacts(number: receipt.number) else { continue }
            do { try await printer.print(facts, header: receiptHeader, journal: journal) } catch {
                let reason = error.message(in: strings)
                problems.append(strings.text(.shopReceiptNotPrinted, ["number": String(receipt.number), "reason": reason]))
            }
        }
        return problems
    }

    /// The lines over every receipt: `[store] receipt_header`, else the store's name.
    var receiptHeader: String { store.receiptHeader ?? store.name }
}
