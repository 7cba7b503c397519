import ArgumentParser
import Checkout
import Foundation
import Journal
import TillCore
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

        func run() async throws {
            let environment = try wiring.environment()
            defer { environment.finish() }
            let money = try ShopAmount.parse(float, option: "--float", currency: environment.store.currency, allowZero: true)
            let shift = try await shop { () async throws(ShiftError) in
                try await environment.journal.openShift(cashier: cashier, float: money, at: Date())
            }
            print(json ? ShiftFormat.json(shift) : "Shift \(shift.id) is open: \(shift.cashier), float \(shift.float.formatted()).")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Show the open shift and the cash that should be in the drawer.")
        @OptionGroup var wiring: WiringOptions
        @Flag(help: "Print the shift as one JSON line (`{\"open\": false}` when none is).") var json = false

        func run() async throws {
            let environment = try wiring.environment()
            defer { environment.finish() }
            let journal = environment.journal
            let currency = environment.store.currency
            let (shift, x) = try await shop { () async throws(ShiftError) in
                (try await journal.currentShift(), try await journal.xReport(currency: currency))
            }
            guard let shift else {
                print(json ? JSONWriter.text(["open": false]) : "No shift is open. Open one with `till shift open --cashier NAME --float AMOUNT`.")
                return
            }
            if json { return print(ShiftFormat.json(shift, expectedCash: x.cash.expected)) }
            print("Shift \(shift.id) is open since \(ShiftFormat.local(shift.openedAt)): \(shift.cashier), float \(shift.float.formatted()).")
            print("Sales \(x.sales.count), \(ReportFormat.money(x.sales.total, x)); cash expected in the drawer \(ReportFormat.money(x.cash.expected, x)).")
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
    @Option(help: ArgumentHelp("The cash counted in the drawer.", valueName: "amount")) var counted: String
    @Option(
        name: .customLong("acknowledge"),
        help: ArgumentHelp("An unresolved payment the manager lets the shift close with (repeat for each).", valueName: "order"))
    var acknowledged: [String] = []
    @Option(help: ArgumentHelp("The manager who acknowledges the unresolved payments.", valueName: "name")) var manager: String?
    @OptionGroup var format: ReportFormatOptions

    func run() async throws {
        let environment = try wiring.environment()
        defer { environment.finish() }
        let money = try ShopAmount.parse(counted, option: "--counted", currency: environment.store.currency, allowZero: true)
        let orders = Set(acknowledged.map(MerchantOrderNumber.init(rawValue:)))
        if !orders.isEmpty {
            let subject = acknowledged.sorted().joined(separator: ", ")
            try await ManagerApproval.approve("close with unresolved payments", subject: subject, manager: manager, environment: environment)
        }
        let journal = environment.journal
        guard let shift = try await shop({ () async throws(ShiftError) in try await journal.currentShift() }) else {
            throw ShiftError.noOpenShift.exit
        }
        let reconciliation = await ShiftReconciliation(gateways: environment.gateways, journal: journal).compare(since: shift.openedAt)
        let z = try await shop { () async throws(ShiftError) in
            try await journal.closeShift(
                counted: money, acknowledging: orders, manager: manager, reconciliation: reconciliation, at: Date())
        }
        print(format.render(z))
        if let settings = environment.printer {
            do { try await ReceiptPrinter(settings).print(report: ReportFormat.text(z)) } catch {
                printError("The Z report was not printed: \(error). It is kept: `till report show \(z.number ?? 0)`.")
            }
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
