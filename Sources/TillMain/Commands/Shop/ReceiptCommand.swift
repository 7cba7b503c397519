import ArgumentParser
import Checkout
import Foundation
import Journal
import TillCore
import TillStrings

/// `till receipt`: show a sale's or a refund's receipt as text.
struct ReceiptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt", abstract: "Show or print a receipt (every sale and refund has one, numbered without gaps).",
        subcommands: [Show.self, Print.self])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one receipt as text.")
        @OptionGroup var wiring: WiringOptions
        @OptionGroup var language: LanguageOption
        @Argument(help: "The receipt's number (printed after each sale and refund).") var number: Int64

        func run() async throws {
            let environment = try wiring.environment(language)
            defer { environment.finish() }
            let facts = try await ReceiptCommand.facts(number, in: environment.journal, environment.strings)
            print(ReceiptLayout.plainText(ReceiptLayout.lines(facts, header: environment.receiptHeader, environment.strings)))
        }
    }

    struct Print: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "print",
            abstract: "Print one receipt on the [printer]; a reprint needs the manager when a manager PIN is set.")
        @OptionGroup var wiring: WiringOptions
        @OptionGroup var language: LanguageOption
        @Argument(help: "The receipt's number.") var number: Int64
        @Option(help: ArgumentHelp("The manager approving a reprint (PIN on standard input).", valueName: "name"))
        var manager: String?

        func run() async throws {
            let environment = try wiring.environment(language)
            defer { environment.finish() }
            let strings = environment.strings
            guard let settings = environment.printer else { throw CLIError(strings[.shopNoPrinter], exitCode: 2) }
            let facts = try await ReceiptCommand.facts(number, in: environment.journal, strings)
            if facts.receipt.printed > 0 {
                try await ManagerApproval.approve(.actionReprint, subject: "receipt \(number)", manager: manager, environment: environment)
            }
            do {
                try await ReceiptPrinter(settings, strings).print(facts, header: environment.receiptHeader, journal: environment.journal)
            } catch {
                throw CLIError(strings.text(.shopReceiptNotPrinted, ["number": String(number), "reason": printingFailure(error, strings)]), exitCode: 1)
            }
            Swift.print(strings.text(.shopReceiptPrinted, ["number": String(number)]))
        }
    }

    /// The facts of receipt `number`, or a usage error naming what to do.
    static func facts(_ number: Int64, in journal: JournalStore, _ strings: Strings) async throws -> ReceiptFacts {
        let found: ReceiptFacts?
        do { found = try await journal.receiptFacts(number: number) } catch {
            throw CLIError(error.message(in: strings), exitCode: CheckoutExit.usage)
        }
        guard let found else {
            throw CLIError(strings.text(.shopNoSuchReceipt, ["number": String(number)]), exitCode: CheckoutExit.usage)
        }
        return found
    }
}
