import Checkout
import Foundation
import Journal
import TillCore
import TillStrings

/// `till report z --store`: the store's day closed at once, every lane's shift with the cash counted
/// in its own drawer (`--counted counter-1=11000 --counted counter-2=8000`), each with its own Z.
extension CloseOptions {
    func closeStoreDay(_ environment: TillEnvironment, acknowledging orders: Set<MerchantOrderNumber>) async throws {
        let strings = environment.strings
        let counts = try laneCounts(environment.store.currency, strings)
        let journal = environment.journal
        let open = try await shop(strings) { () async throws(ShiftError) in try await journal.openShifts() }
        guard let since = open.map(\.openedAt).min() else { throw CLIError(strings[.shopNoOpenShift], exitCode: CheckoutExit.usage) }
        let reconciliation = await ShiftReconciliation(gateways: environment.gateways, journal: journal).compare(since: since)
        let manager = self.manager
        let reports = try await shop(strings) { () async throws(ShiftError) in
            try await journal.closeStoreDay(
                counted: counts, acknowledging: orders, manager: manager, reconciliation: reconciliation, at: Date())
        }
        for z in reports {
            print(format.render(z, strings))
            await printZ(z, environment)
        }
    }

    /// `--counted LANE=AMOUNT`, each: the lane's id ("" for `-`, a counter without one) to its count.
    private func laneCounts(_ currency: Currency, _ strings: Strings) throws -> [String: Money] {
        var counts: [String: Money] = [:]
        for value in counted {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw CLIError(strings.text(.shopCountedPerLane, ["value": value]), exitCode: CheckoutExit.usage)
            }
            let lane = parts[0] == "-" ? "" : parts[0]
            counts[lane] = try ShopAmount.parse(parts[1], option: "--counted", currency: currency, strings, allowZero: true)
        }
        return counts
    }
}
