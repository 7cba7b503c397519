import ArgumentParser
import Foundation
import Journal
import TillCore
import Wire

/// `till cash in|out`: cash put into the drawer or taken out that is not a sale, with a reason.
struct CashCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cash", abstract: "Record cash paid into or out of the drawer, with a reason (counted in the shift's cash).",
        subcommands: [PaidIn.self, PaidOut.self])

    struct PaidIn: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "in", abstract: "Cash put into the drawer (change from the bank).")
        @OptionGroup var movement: CashMovementOptions
        func run() async throws { try await movement.record(.paidIn) }
    }

    struct PaidOut: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "out", abstract: "Cash taken out of the drawer (a supplier paid).")
        @OptionGroup var movement: CashMovementOptions
        func run() async throws { try await movement.record(.paidOut) }
    }
}

/// What a paid-in or paid-out takes.
struct CashMovementOptions: ParsableArguments {
    @OptionGroup var wiring: WiringOptions
    @Option(help: ArgumentHelp("How much cash.", valueName: "amount")) var amount: String
    @Option(help: ArgumentHelp("Why: one line, kept in the journal and on the report.", valueName: "text")) var reason: String
    @Option(help: ArgumentHelp("The manager approving a paid-out, when a manager PIN is set (PIN on standard input).", valueName: "name"))
    var manager: String?
    @Flag(help: "Print the record as one JSON line.") var json = false
    @OptionGroup var language: LanguageOption

    func record(_ direction: CashMovement.Direction) async throws {
        let environment = try wiring.environment(language)
        defer { environment.finish() }
        let strings = environment.strings
        let money = try ShopAmount.parse(amount, option: "--amount", currency: environment.store.currency, strings)
        if direction == .paidOut {
            try await ManagerApproval.approve(.actionPaidOut, subject: "\(money.decimalText) \(money.currency.code): \(reason)", manager: manager, environment: environment)
        }
        let movement = try await shop(strings) { () async throws(ShiftError) in
            try await environment.journal.recordCashMovement(direction, amount: money, reason: reason, at: Date())
        }
        if json {
            print(JSONWriter.text([
                "event": .string(direction == .paidIn ? "paid_in" : "paid_out"), "id": .number(String(movement.id)),
                "amount": .string(money.decimalText), "currency": .string(money.currency.code), "reason": .string(movement.reason),
                "cashier": .string(movement.cashier),
            ]))
        } else {
            let values = ["amount": money.formatted(), "reason": movement.reason]
            print(strings.text(direction == .paidIn ? .shopPaidIn : .shopPaidOut, values))
        }
    }
}
