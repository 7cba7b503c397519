import ArgumentParser
import Checkout
import Foundation
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
        // Orders another `till` process is still waiting on are left to it, and named, so that
        // "nothing to recover" is never said while one is open.
        let claims = RefusedClaims(environment.orderLocks)
        let reports = await Reconciler(service: environment.checkout(interval: .milliseconds(pollIntervalMilliseconds)))
            .reconcileOnce(claims: claims)
        for report in reports { print(TillEnvironment.line(report)) }
        let inUse = claims.refused
        for order in inUse {
            printError("\(order.rawValue) is in use by another till process, so it was left to it: run till recover again once that process is done.")
        }
        if reports.isEmpty {
            print(
                inUse.isEmpty
                    ? "Nothing to recover: every payment in the journal has a final answer."
                    : "Nothing recovered: \(inUse.count) open order\(inUse.count == 1 ? " is" : "s are") in use by another till process.")
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
