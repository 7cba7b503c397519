import ArgumentParser
import Checkout
import Foundation
import Journal
import TillCore
import TillStrings

/// `till journal`: read the journal (list, show one order, export as CSV), and mark a payment that
/// needs a person as handled.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "List, show and export the payments in the journal; mark one as handled.",
        subcommands: [List.self, Show.self, Export.self, Handle.self, JournalMigrateCommand.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the newest payments, one line each; search over days with the options.")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @OptionGroup var search: JournalSearchOptions
        @Option(help: "How many payments to list.") var limit = 50
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            let store = try journal.open(strings, config: config)
            let attempts = try await store.attempts(matching: try await search.filter(in: store, strings), limit: limit)
            if attempts.isEmpty {
                let key: CommandLineKey = search.isSearching ? .journalNoMatch : .journalEmpty
                print(strings.text(key, ["path": store.location.description]))
            }
            for attempt in attempts {
                let refunded = attempt.state == .succeeded ? JournalFormat.refundedMinorUnits(try await store.refunds(of: attempt.orderNumber)) : 0
                print(JournalFormat.line(attempt, refundedMinorUnits: refunded, in: strings))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one payment with every state change and refund.")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @Argument(help: "The merchant order number (from `till journal list`).") var order: String
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            let store = try journal.open(strings, config: config)
            let number = MerchantOrderNumber(rawValue: order)
            guard let attempt = try await store.attempt(number) else {
                throw CLIError(JournalError.unknownOrder(order).message(in: strings), exitCode: 2)
            }
            print(JournalFormat.detail(
                attempt, transitions: try await store.transitions(number), refunds: try await store.refunds(of: number),
                handled: try await store.handledMarks(of: number), in: strings))
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the payments as CSV to standard output, oldest first: all, or a date range with --from/--to.")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @OptionGroup var search: JournalSearchOptions
        @Flag(help: "CSV with a header row (the only format).") var csv = false
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            guard csv else { throw CLIError(strings[.exportNeedsFormat], exitCode: 2) }
            let store = try journal.open(strings, config: config)
            let attempts = try await store.attempts(matching: try await search.filter(in: store, strings))
            print(JournalFormat.csvHeader)
            for attempt in attempts.reversed() {
                let refunded = JournalFormat.refundedMinorUnits(try await store.refunds(of: attempt.orderNumber))
                print(JournalFormat.csvRow(attempt, refundedMinorUnits: refunded))
            }
        }
    }

    /// The counter's `h` from the command line: the same rule and the same journal record.
    struct Handle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handle",
            abstract: "Mark a payment that needs a person as handled, with a note (journaled with who and when).")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @Argument(help: "The merchant order number (from `till journal list`).") var order: String
        @Option(help: "What was done or found: one line, at most \(HandlingNote.maximumLength) characters.") var note: String
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            let history = PaymentHistory(context: CheckoutContext(journal: try journal.open(strings, config: config), gateways: GatewayDirectory([])))
            let person = HandlingNote.person(in: ProcessInfo.processInfo.environment)
            do {
                let handled = try await history.markHandled(MerchantOrderNumber(rawValue: order), note: note, by: person)
                print(strings.text(.markedHandled, ["order": order, "note": handled.text]))
            } catch {
                throw CheckoutExit.error(error, strings)
            }
        }
    }
}
