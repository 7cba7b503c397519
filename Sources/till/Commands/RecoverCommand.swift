import ArgumentParser
import Checkout
import TillCore

/// `till recover`: one reconciler pass: every payment and refund without a final state is asked
/// about again and settled; a payment paid after the cashier gave up is refunded or flagged.
struct RecoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover", abstract: "Settle every payment and refund left without a final answer.")

    @OptionGroup var wiring: WiringOptions

    /// The crash tests' knob: a pending refund is followed this often instead of every 3 s.
    @Option(name: .customLong("poll-interval-ms"), help: .hidden)
    var pollIntervalMilliseconds: Int = 3000

    func validate() throws {
        guard pollIntervalMilliseconds >= 1 else { throw ValidationError("--poll-interval-ms must be at least 1") }
    }

    func run() async throws {
        let environment = try wiring.environment()
        defer { environment.finish() }
        // Orders another `till` process is still waiting on are left to it.
        let reports = await Reconciler(service: environment.checkout(interval: .milliseconds(pollIntervalMilliseconds)))
            .reconcileOnce(claims: environment.orderLocks)
        if reports.isEmpty { print("Nothing to recover: every payment in the journal has a final answer.") }
        for report in reports { print(TillEnvironment.line(report)) }
    }
}
