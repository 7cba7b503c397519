import ArgumentParser
import Checkout
import TillCore

/// `till recover`: one reconciler pass: every payment and refund without a final state is asked
/// about again and settled; a payment paid after the cashier gave up is refunded or flagged.
struct RecoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover", abstract: "Settle every payment and refund left without a final answer.")

    @OptionGroup var wiring: WiringOptions

    func run() async throws {
        let environment = try wiring.environment()
        defer { environment.finish() }
        // Orders another `till` process is still waiting on are left to it.
        let reports = await Reconciler(service: environment.checkout()).reconcileOnce(claims: environment.orderLocks)
        if reports.isEmpty { print("Nothing to recover: every payment in the journal has a final answer.") }
        for report in reports { print(TillEnvironment.line(report)) }
    }
}
