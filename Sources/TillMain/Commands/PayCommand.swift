import ArgumentParser
import Checkout
import Foundation
import TillCore
import TillStrings

/// `till pay`: one payment from the command line, QR (the buyer scans) or QuickPay (`--scan`: the
/// cashier scanned the buyer's code). Exit 0 paid, 1 declined or failed, 2 usage or configuration
/// error, 3 unconfirmed (the reconciler settles it later).
struct PayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Take one payment: show a QR code, or charge a scanned buyer code with --scan.",
        discussion: "Exit status: 0 paid, 1 declined or failed, 2 usage or configuration error, 3 unconfirmed.")

    @OptionGroup var wiring: WiringOptions

    @Option(help: ArgumentHelp(
        "The gateway: takemepay, tapin, pomelo or motp. Needed for a QR payment; with --scan the gateway that takes QuickPay for the code's brand is found, as at the counter.",
        valueName: "gateway"))
    var gateway: String?

    @Option(help: ArgumentHelp("The brand for a QR payment: wechatpay, alipay, card or tapin (default: the gateway's first).", valueName: "brand"))
    var brand: String?

    @Option(help: ArgumentHelp("The amount in the store currency, as typed at the till (e.g. 1500 or 12.34).", valueName: "amount"))
    var amount: String

    @Option(help: ArgumentHelp("The buyer's scanned payment code: a QuickPay instead of a QR code.", valueName: "code"))
    var scan: String?

    @Option(help: ArgumentHelp("A description the gateway shows the buyer.", valueName: "text"))
    var description: String?

    @Flag(help: "Paid in cash: recorded in the open shift at once, with the change (see --tendered).")
    var cash = false

    @Option(help: ArgumentHelp("With --cash: the cash the buyer handed over; the change is shown.", valueName: "amount"))
    var tendered: String?

    @Flag(help: "Paid on another terminal (a card machine): recorded in the open shift with --reference.")
    var other = false

    @Option(help: ArgumentHelp("With --other: the other terminal's receipt or transaction number.", valueName: "text"))
    var reference: String?

    @OptionGroup var language: LanguageOption

    @Flag(help: "Print JSON lines on standard output (the QR drawing goes to standard error).")
    var json = false

    @Flag(help: "Draw the QR code light on dark (it is drawn dark on light, in explicit colours, by default).")
    var invert = false

    @Option(help: ArgumentHelp("How long to wait for the buyer, in seconds.", valueName: "seconds"))
    var timeout: Int = 45

    /// The crash tests' knob: polls this often instead of every 3 s, so one run takes well under a second.
    @Option(name: .customLong("poll-interval-ms"), help: .hidden)
    var pollIntervalMilliseconds: Int = 3000

    func validate() throws {
        let strings = language.early
        if try tenderChoice() != nil { return }
        if let gateway, GatewayID(rawValue: gateway) == nil {
            throw ValidationError(strings.text(.gatewayUnknown, ["gateway": gateway]))
        }
        if gateway == nil, scan == nil { throw ValidationError(strings[.qrNeedsGateway]) }
        if let brand, Brand(rawValue: brand) == nil {
            throw ValidationError(strings.text(.brandUnknown, ["brand": brand]))
        }
        guard timeout >= 1 else { throw ValidationError(strings[.timeoutTooSmall]) }
        guard pollIntervalMilliseconds >= 1 else { throw ValidationError(strings[.pollIntervalTooSmall]) }
    }

    func run() async throws {
        let environment = try wiring.environment(language)
        defer { environment.finish() }
        let strings = environment.strings
        let gatewayID = gateway.flatMap(GatewayID.init(rawValue:))
        let money: Money
        do {
            money = try Money.parse(cashierInput: amount, currency: environment.store.currency, maximum: environment.store.maximumSale)
        } catch {
            throw CLIError(error.message(in: strings), exitCode: CheckoutExit.usage)
        }
        if let tender = try tenderChoice() { return try await recordTender(tender, environment: environment, amount: money) }
        await environment.reconcileAtStart()
        // The session marks its order in use as the number is made, so no other process's reconciler
        // touches it while this one waits on it.
        let inUse = ScreenOrders(locks: environment.orderLocks)
        defer { inUse.endAll() }
        let service = environment.checkout(
            window: .seconds(timeout), interval: .milliseconds(pollIntervalMilliseconds), only: gatewayID)
        let session = PaymentSession(service: service) { order, busy in busy ? inUse.begin(order) : inUse.end(order) }
        let reporter = PayReporter(json: json, invert: invert, strings: strings)
        let start: PaymentSession.Start =
            if let scan { .quickPay(buyerCode: scan) } else if let gatewayID {
                .qr(gateway: gatewayID, brand: try qrBrand(environment, gatewayID))
            } else { throw CLIError(strings[.qrNeedsGatewayShort], exitCode: CheckoutExit.usage) }
        let ending = await session.run(amount: money, description: description, start) { event in
            // Nobody is there to choose at a window's end: the attempt is given up (unconfirmed unless
            // one last question settles it).
            if case .windowEnded = event { session.decide(.giveUp) }
            reporter.report(event)
        }
        switch ending {
        case .finished(let outcome):
            try await report(outcome.attempt, message: outcome.message(in:), reporter: reporter, environment: environment)
        case .notStarted(let error, let order):
            // Stored before the gateway refused: report it by its journal record.
            guard let order, let stored = try? await environment.journal.attempt(order) else {
                throw CheckoutExit.error(error, strings)
            }
            try await report(stored, message: error.message(in:), reporter: reporter, environment: environment)
        }
    }

    /// Prints the result and ends with the attempt's exit code.
    private func report(
        _ attempt: PaymentAttempt, message: (Strings) -> String?, reporter: PayReporter, environment: TillEnvironment
    ) async throws {
        let receipt = try? await environment.journal.receipts(of: attempt.orderNumber).first { $0.kind == .sale }?.number
        reporter.result(attempt, message: message, receipt: receipt)
        await environment.printNewReceipts(of: attempt.orderNumber)
        let code = CheckoutExit.code(for: attempt.state)
        if code != CheckoutExit.success {
            environment.finish()
            throw ExitCode(code)
        }
    }

    /// `--brand`, or the gateway's first brand; the gateway must offer it.
    private func qrBrand(_ environment: TillEnvironment, _ gatewayID: GatewayID) throws -> Brand {
        let names = ["gateway": gatewayID.displayName, "id": gatewayID.rawValue]
        guard environment.gateways.gateway(gatewayID) != nil else {
            throw CLIError(environment.strings.text(.gatewayNotConfigured, names), exitCode: CheckoutExit.usage)
        }
        let offered = environment.gateways.qrBrands(gatewayID)
        if let brand { return Brand(rawValue: brand)! }
        guard let first = offered.first else {
            throw CLIError(environment.strings.text(.gatewayOffersNoBrand, names), exitCode: CheckoutExit.usage)
        }
        return first
    }
}
