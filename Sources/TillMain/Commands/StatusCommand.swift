import ArgumentParser
import Checkout
import Gateways
import TillCore

/// `till status ORDER`: the journal's record of one payment and, while it is not final, what the
/// gateway says now (read only: nothing is charged, cancelled or recorded).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show one payment from the journal and, if still open, ask its gateway once.")

    @OptionGroup var wiring: WiringOptions

    @Argument(help: "The merchant order number (from `till journal list`).")
    var order: String

    func run() async throws {
        let environment = try wiring.environment()
        defer { environment.finish() }
        await environment.reconcileAtStart()
        let number = MerchantOrderNumber(rawValue: order)
        let journal = environment.journal
        let found: PaymentAttempt?
        do { found = try await journal.attempt(number) } catch { throw CLIError(error.description, exitCode: CheckoutExit.usage) }
        guard let attempt = found else {
            throw CLIError("No payment with order number \(order) in the journal: see `till journal list`.", exitCode: CheckoutExit.usage)
        }
        do {
            print(JournalFormat.detail(attempt, transitions: try await journal.transitions(number), refunds: try await journal.refunds(of: number)))
        } catch {
            throw CLIError(error.description, exitCode: CheckoutExit.usage)
        }
        guard !attempt.state.isFinal else { return }
        guard let gateway = environment.gateways.gateway(attempt.gateway) else {
            print("\(attempt.gateway.displayName) is not configured: Till cannot ask about this payment.")
            return
        }
        let reference = PaymentReference(
            orderNumber: attempt.orderNumber, amount: attempt.amount, gatewayReference: attempt.gatewayReference,
            chargeID: attempt.secondaryReference)
        do {
            let status = try await gateway.abandonPayment(reference)
            print("The gateway says now: \(status.gatewayStatus) (\(status.state.rawValue)). `till recover` records it.")
        } catch {
            print("The gateway gave no answer now: \(error.description)")
        }
    }
}
