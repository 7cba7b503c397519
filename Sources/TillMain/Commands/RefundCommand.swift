import ArgumentParser
import Checkout
import Journal
import TillCore
import TillStrings

/// `till refund ORDER`: gives a paid payment's money back, in full or in part. Exit 0 refunded, 1
/// failed, 2 usage (unknown order, more than is left, or the gateway has no refund API), 3 pending.
struct RefundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund", abstract: "Refund a paid payment, in full or with --amount in part.",
        discussion: "Exit status: 0 refunded, 1 failed, 2 usage error (unknown order, too much, not offered), 3 still pending.")

    @OptionGroup var wiring: WiringOptions

    @Argument(help: "The merchant order number (from `till journal list`).")
    var order: String

    @Option(help: ArgumentHelp("How much to refund (default: all that is left).", valueName: "amount"))
    var amount: String?

    @Option(help: ArgumentHelp("Why, for the journal and the gateway.", valueName: "text"))
    var reason: String?

    @Option(help: ArgumentHelp("The manager approving, when a manager PIN is set (the PIN is read from standard input).", valueName: "name"))
    var manager: String?

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let environment = try wiring.environment(language)
        defer { environment.finish() }
        let strings = environment.strings
        let number = MerchantOrderNumber(rawValue: order)
        try await ManagerApproval.approve(.actionRefund, subject: order, manager: manager, environment: environment)
        if let paid = try await shop(strings, { () async throws(ShiftError) in try await environment.journal.tenderPayment(number) }) {
            return try await refundTender(paid, environment: environment)
        }
        await environment.reconcileAtStart()
        // Held while the refund is sent and followed, so another process's reconciler does not follow it too.
        let inUse = ScreenOrders(locks: environment.orderLocks)
        inUse.begin(number)
        defer { inUse.endAll() }
        let service = environment.checkout()
        let refund: Refund
        do {
            guard let attempt = try await environment.journal.attempt(number) else {
                throw CLIError(strings.text(.cliNoSuchOrder, ["order": order]), exitCode: CheckoutExit.usage)
            }
            guard attempt.state == .succeeded else {
                let state = PaymentWords.state(attempt.state, in: strings)
                throw CLIError(strings.text(.cliRefundNotPaid, ["order": order, "state": state]), exitCode: CheckoutExit.usage)
            }
            if environment.gateways.gateway(attempt.gateway) != nil, environment.gateways.refundScope(attempt.gateway) == nil {
                throw CLIError(
                    strings.text(.noRefundAPI, ["gateway": attempt.gateway.displayName, "order": order]), exitCode: CheckoutExit.usage)
            }
            var wanted: Money?
            if let amount {
                do { wanted = try Money.parse(cashierInput: amount, currency: attempt.amount.currency) } catch {
                    throw CLIError(error.message(in: strings), exitCode: CheckoutExit.usage)
                }
            }
            let left = try await service.refundableAmount(attempt)
            if left.minorUnits <= 0 {
                throw CLIError(strings.text(.cliRefundedInFull, ["order": order]), exitCode: CheckoutExit.usage)
            }
            if let wanted, wanted.minorUnits > left.minorUnits {
                let leftText = "\(left.decimalText) \(left.currency.code)"
                throw CLIError(strings.text(.cliRefundLeftOnly, ["amount": leftText, "order": order]), exitCode: CheckoutExit.usage)
            }
            refund = try await service.refund(number, amount: wanted, reason: reason)
        } catch let error as CheckoutError {
            throw CheckoutExit.error(error, strings)
        } catch let error as JournalError {
            throw CLIError(error.message(in: strings), exitCode: CheckoutExit.usage)
        }
        try await announce(refund, environment: environment)
    }

    /// Says how the refund ended, prints its receipt when it succeeded, and exits with its code.
    private func announce(_ refund: Refund, environment: TillEnvironment) async throws {
        let strings = environment.strings
        let names = [
            "amount": "\(refund.amount.decimalText) \(refund.amount.currency.code)", "order": order,
            "refund": "\(refund.refundNumber)", "state": PaymentWords.refund(refund.state, in: strings),
        ]
        switch refund.state {
        case .succeeded:
            print(strings.text(.cliRefunded, names))
            await environment.printNewReceipts(of: refund.orderNumber)
        case .failed:
            throw CLIError(strings.text(.cliRefundFailed, names), exitCode: CheckoutExit.declined)
        case .requested, .pending:
            print(strings.text(.cliRefundUnsettled, names))
            environment.finish()
            throw ExitCode(CheckoutExit.unconfirmed)
        }
    }
}
