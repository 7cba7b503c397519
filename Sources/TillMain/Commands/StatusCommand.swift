import ArgumentParser
import Checkout
import Gateways
import TillCore
import TillStrings

/// `till status ORDER`: the journal's record of one payment and, while it is not final, what the
/// gateway says now (read only: nothing is charged, cancelled or recorded).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show one payment from the journal and, if still open, ask its gateway once.")

    @OptionGroup var wiring: WiringOptions

    @Argument(help: "The merchant order number (from `till journal list`).")
    var order: String

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let environment = try wiring.environment(language)
        defer { environment.finish() }
        let strings = environment.strings
        await environment.reconcileAtStart()
        let number = MerchantOrderNumber(rawValue: order)
        let journal = environment.journal
        let found: PaymentAttempt?
        do { found = try await journal.attempt(number) } catch { throw CLIError.usage(error, strings) }
        guard let attempt = found else {
            throw CLIError(strings.text(.statusNoSuchOrder, ["order": order]), exitCode: CheckoutExit.usage)
        }
        do {
            print(JournalFormat.detail(
                attempt, transitions: try await journal.transitions(number), refunds: try await journal.refunds(of: number),
                in: strings))
        } catch {
            throw CLIError.usage(error, strings)
        }
        guard !attempt.state.isFinal else { return }
        guard let gateway = environment.gateways.gateway(attempt.gateway) else {
            print(strings.text(.statusNotConfigured, ["gateway": attempt.gateway.displayName]))
            return
        }
        let reference = PaymentReference(
            orderNumber: attempt.orderNumber, amount: attempt.amount, gatewayReference: attempt.gatewayReference,
            chargeID: attempt.secondaryReference)
        do {
            let status = try await gateway.abandonPayment(reference)
            // The state's journal name, as `journal show` puts it in brackets.
            print(strings.text(.statusGatewaySays, ["status": status.gatewayStatus, "state": status.state.rawValue]))
        } catch {
            print(strings.text(.statusNoAnswer, ["reason": error.message(in: strings)]))
        }
    }
}
