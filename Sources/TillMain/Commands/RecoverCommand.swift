import ArgumentParser
import Checkout
import Foundation
import TillCore
import TillStrings

/// `till recover`: one reconciler pass: every payment and refund without a final state is asked
/// about again and settled; a payment paid after the cashier gave up is refunded or flagged.
struct RecoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover", abstract: "Settle every payment and refund left without a final answer.")

    @OptionGroup var wiring: WiringOptions

    /// The crash tests' knob: a pending refund is followed this often instead of every 3 s.
    @Option(name: .customLong("poll-interval-ms"), help: .hidden)
    var pollIntervalMilliseconds: Int = 3000

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard pollIntervalMilliseconds >= 1 else { throw ValidationError(language.early[.pollIntervalTooSmall]) }
    }

    func run() async throws {
        let environment = try wiring.environment(language)
        let strings = environment.strings
        defer { environment.finish() }
        // Orders another `till` process is still waiting on are left to it, and named, so that
        // "nothing to recover" is never said while one is open.
        let claims = RefusedClaims(environment.orderLocks)
        let reports = await Reconciler(service: environment.checkout(interval: .milliseconds(pollIntervalMilliseconds)))
            .reconcileOnce(claims: claims)
        for report in reports { print(TillEnvironment.line(report, in: strings)) }
        let inUse = claims.refused
        for order in inUse {
            printError(strings.text(.recoverInUse, ["order": order.rawValue]))
        }
        if reports.isEmpty {
            let inUseKey: CommandLineKey = inUse.count == 1 ? .recoverNothingInUseOne : .recoverNothingInUseMany
            print(inUse.isEmpty ? strings[.recoverNothing] : strings.text(inUseKey, ["count": String(inUse.count)]))
        }
    }
}

/// Claims orders through `OrderLocks` and remembers, in order and once each, the orders another
/// process holds.
private final class RefusedClaims: OrderClaims, @unchecked Sendable {
    private let locks: OrderLocks
    private let lock = NSLock()
    private var orders: [MerchantOrderNumber] = []

    init(_ locks: OrderLocks) { self.locks = locks }

    func claim(_ order: MerchantOrderNumber) -> OrderClaim? {
        let claim = locks.claim(order)
        if claim == nil {
            lock.withLock { if !orders.contains(order) { orders.append(order) } }
        }
        return claim
    }

    /// The orders whose claim was refused.
    var refused: [MerchantOrderNumber] { lock.withLock { orders } }
}
