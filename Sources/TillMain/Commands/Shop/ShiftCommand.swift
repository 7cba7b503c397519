import ArgumentParser
import Checkout
import Foundation
import Journal
import TillCore
import TillStrings
import Wire

/// `till shift`: open a shift with a cashier and a float, see it, close it with the cash counted
/// (which makes its Z report).
struct ShiftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift", abstract: "Open, show and close the cashier's shift (closing makes the Z report).",
        subcommands: [Open.self, Status.self, Close.self], defaultSubcommand: Status.self)

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open", abstract: "Open a shift: who works the counter and the cash put in the drawer.")
        @OptionGroup var wiring: WiringOptions
        @Option(help: ArgumentHelp("Who works the counter; every sale and refund of the shift carries the name.", valueName: "name"))
        var cashier: String
        @Option(name: .customLong("float"), help: ArgumentHelp("The cash in the drawer at the start (0 for none).", valueName: "amount"))
        var float: String
        @Flag(help: "Print the shift as one JSON line.") var json = false
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let environment = try wiring.environment(language)
            defer { environment.finish() }
            let strings = environment.strings
            let money = try ShopAmount.parse(float, option: "--float", currency: environment.store.currency, strings, allowZero: true)
            let shift = try await shop(strings) { () async throws(ShiftError) in
                try await environment.journal.openShift(cashier: cashier, float: money, at: Date())
            }
            let opened = ["id": String(shift.id), "cashier": shift.cashier, "float": shift.float.formatted()]
            print(json ? ShiftFormat.json(shift) : strings.text(.shopShiftOpened, opened))
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Show the open shift and the cash that should be in the drawer.")
        @OptionGroup var wiring: WiringOptions
        @Flag(help: "Print the shift as one JSON line (`{\"open\": false}` when none is).") var json = false
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let environment = try wiring.environment(language)
            defer { environment.finish() }
            let strings = environment.strings
            let journal = environment.journal
            let currency = environment.store.currency
            let (shift, x) = try await shop(strings) { () async throws(ShiftError) in
                (try await journal.currentShift(), try await journal.xReport(currency: currency))
            }
            guard let shift else {
                print(json ? JSONWriter.text(["open": false]) : strings[.shopNoOpenShift])
                return
            }
            if json { return print(ShiftFormat.json(shift, expectedCash: x.cash.expected)) }
            print(strings.text(.shopShiftStatus, [
                "id": String(shift.id), "time": ShiftFormat.local(shift.openedAt), "cashier": shift.cashier,
                "float": shift.float.formatted(),
            ]))
            print(strings.text(.shopShiftFigures, [
                "count": String(x.sales.count), "total": ReportFormat.money(x.sales.total, x),
                "expected": ReportFormat.money(x.cash.expected, x),
            ]))
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close the shift with the cash counted in the drawer, and print its Z report (numbered, stored, never changed).")
        @OptionGroup var close: CloseOptions

        func run() async throws { try await close.run() }
    }
}

/// What closing a shift takes; shared by `till shift close` and `till report z`.
struct CloseOptions: ParsableArguments {
    @OptionGroup var wiring: WiringOptions
    @Option(help: ArgumentHelp(
        "The cash counted in the drawer; with --store, each lane's drawer as LANE=AMOUNT (repeat for each).",
        valueName: "amount"))
    var counted: [String] = []
    @Flag(help: "Close the store's day: every lane's open shift at once, each with its own Z (a store journal on PostgreSQL).")
    var store = false
    @Option(
        name: .customLong("acknowledge"),
        help: ArgumentHelp("An unresolved payment the manager lets the shift close with (repeat for each).", valueName: "order"))
    var acknowledged: [String] = []
    @Option(help: ArgumentHelp("The manager who acknowledges the unresolved payments.", valueName: "name")) var manager: String?
    @OptionGroup var format: ReportFormatOptions
    @OptionGroup var language: LanguageOption

    func run() async throws {
        let environment = try wiring.environment(language)
        defer { environment.finish() }
        let strings = environment.strings
        let orders = try await approvedAcknowledgements(environment)
        if store { return try await closeStoreDay(environment, acknowledging: orders) }
        guard counted.count == 1 else { throw CLIError(strings[.shopCountedOnce], exitCode: CheckoutExit.usage) }
        let money = try ShopAmount.parse(counted[0], option: "--counted", currency: environment.store.currency, strings, allowZero: true)
        let journal = environment.journal
        guard let shift = try await shop(strings, { () async throws(ShiftError) in try await journal.currentShift() }) else {
            throw CLIError(strings[.shopNoOpenShift], exitCode: CheckoutExit.usage)
        }
        let reconciliation = await ShiftReconciliation(gateways: environment.gateways, journal: journal).compare(since: shift.openedAt)
        let z = try await shop(strings) { () async throws(ShiftError) in
            try await journal.closeShift(
                counted: money, acknowledging: orders, manager: manager, reconciliation: reconciliation, at: Date())
        }
        print(format.render(z, strings))
        await printZ(z, environment)
    }

    /// The orders `--acknowledge` names, once the manager approved closing over them.
    func approvedAcknowledgements(_ environment: TillEnvironment) async throws -> Set<MerchantOrderNumber> {
        let orders = Set(acknowledged.map(MerchantOrderNumber.init(rawValue:)))
        if !orders.isEmpty {
            let subject = acknowledged.sorted().joined(separator: ", ")
            try await ManagerApproval.approve(.actionCloseUnresolved, subject: subject, manager: manager, environment: environment)
        }
        return orders
    }

    /// Prints the Z on the receipt printer when one is configured; a printer that fails is told.
    func printZ(_ z: ShiftReport, _ environment: TillEnvironment) async {
        guard let settings = environment.printer else { return }
        let strings = environment.strings
        do {
            let printer = try ReceiptPrinter(settings, strings)
            try await printer.print(report: ReportFormat.text(z, printer.paperStrings))
        } catch {
            printError(strings.text(.shopZNotPrinted, ["reason": printingFailure(error, strings), "number": String(z.number ?? 0)]))
        }
    }
}

/// The shift as JSON and its times as the cashier reads them.
enum ShiftFormat {
    static func json(_ shift: Shift, expectedCash: String? = nil) -> String {
        var line: JSONValue = [
            "open": .bool(shift.isOpen), "id": .number(String(shift.id)), "cashier": .string(shift.cashier),
            "currency": .string(shift.float.currency.code), "float": .string(shift.float.decimalText),
            "opened_at": .string(shift.openedAt.ISO8601Format()),
        ]
        if let expectedCash { line["cash_expected"] = .string(expectedCash) }
        return JSONWriter.text(line)
    }

    /// Local time, to the minute: `2026-12-05 09:30`.
    static func local(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
