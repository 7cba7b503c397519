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
        let reports = await Reconciler(service: environment.checkout(interval: .milliseconds(pollIntervalMilliseconds))).reconcileOnce()
        if reports.isEmpty { print("Nothing to recover: every payment in the journal has a final answer.") }
        for report in reports {
            let attempt = report.attempt
            var line = "\(attempt.orderNumber.rawValue)  \(attempt.gateway.rawValue)  \(attempt.amount.decimalText) \(attempt.amount.currency.code)  \(attempt.state.rawValue)"
            if let refund = report.lateRefund {
                line += "  paid late: refund \(refund.refundNumber) \(refund.state.rawValue)"
            }
            if let attention = report.attention { line += "  ! \(attention)" }
            print(line)
        }
    }
}
