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
        let reports = await Reconciler(service: environment.checkout()).reconcileOnce()
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
