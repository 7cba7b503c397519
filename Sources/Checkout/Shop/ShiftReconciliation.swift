import Foundation
import Gateways
import Journal
import TillCore

/// The Z report's comparison of each gateway's own list of payments with the journal, since the
/// shift opened: every difference as one line; a gateway that cannot list says so.
public struct ShiftReconciliation: Sendable {
    public let gateways: GatewayDirectory
    public let journal: JournalStore

    public init(gateways: GatewayDirectory, journal: JournalStore) {
        self.gateways = gateways
        self.journal = journal
    }

    /// One or more lines per configured gateway.
    public func compare(since: Date, maximumPages: Int = 20) async -> [String] {
        let attempts = (try? await journal.attempts(matching: AttemptFilter(from: since))) ?? []
        var lines: [String] = []
        for gateway in gateways.gateways {
            let name = gateway.gatewayID.displayName
            guard let lister = gateway as? any PaymentLister else {
                lines.append("\(name): its documents give no list of payments; not compared.")
                continue
            }
            do {
                let listed = try await lister.listPayments(since: since, maximumPages: maximumPages)
                lines += Self.differences(name, listed: listed, journal: attempts.filter { $0.gateway == gateway.gatewayID })
            } catch {
                lines.append("\(name): its list could not be read (\(error)); not compared.")
            }
        }
        return lines
    }

    /// What differs between the gateway's paid payments and the journal's attempts at that gateway.
    static func differences(_ name: String, listed: [ListedPayment], journal attempts: [PaymentAttempt]) -> [String] {
        let byOrder = Dictionary(attempts.map { ($0.orderNumber, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        var paidThere: Set<MerchantOrderNumber> = []
        for payment in listed where payment.isPaid {
            let amount = payment.amount?.formatted() ?? "?"
            guard let order = payment.orderNumber, let attempt = byOrder[order] else {
                lines.append("\(name) lists \(payment.gatewayReference) (\(amount)) as paid; the journal has no such payment.")
                continue
            }
            paidThere.insert(order)
            if attempt.state != .succeeded {
                lines.append("\(name) lists order \(order) (\(amount)) as paid; the journal has it as \(attempt.state).")
            } else if let listedAmount = payment.amount, listedAmount != attempt.amount {
                lines.append("\(name) lists order \(order) as \(amount); the journal has \(attempt.amount.formatted()).")
            }
        }
        for attempt in attempts where attempt.state == .succeeded && !paidThere.contains(attempt.orderNumber) {
            lines.append("The journal has order \(attempt.orderNumber) (\(attempt.amount.formatted())) paid; \(name) does not list it as paid.")
        }
        let compared = "\(name): \(attempts.count) payment(s) of the journal compared with \(listed.count) listed"
        return [compared + (lines.isEmpty ? ", no difference." : ", \(lines.count) difference(s):")] + lines.map { "  " + $0 }
    }
}
