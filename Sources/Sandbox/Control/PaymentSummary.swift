import Foundation
import TillCore

/// One payment as the control API lists it.
public struct PaymentSummary: Sendable, Equatable {
    public var gateway: GatewayID
    /// The reference the buyer commands take (source id, id_1, transaction id, out_trade_no).
    public var reference: String
    public var amountMinor: Int64
    /// The gateway's own word for the state.
    public var state: String
    public var created: Date

    var json: JSONValue {
        .object([
            "gateway": .string(gateway.rawValue), "reference": .string(reference), "amount": .int(amountMinor),
            "state": .string(state), "created": .int(Int64(created.timeIntervalSince1970)),
        ])
    }
}

extension SandboxWorld {
    func paymentSummaries(_ environment: Environment) -> [PaymentSummary] {
        var all: [PaymentSummary] = []
        all += takeMePaySummaries()
        all += tapIn.order.compactMap { id1 in
            tapIn.collections[id1].map { collection in
                PaymentSummary(
                    gateway: .tapin, reference: id1, amountMinor: collection.amountMinor,
                    state: collection.isExpired(at: environment.now) ? "expired" : collection.status.rawValue,
                    created: collection.created)
            }
        }
        all += pomeloSummaries()
        all += motp.orderSequence.compactMap { number in
            motp.orders[number].map {
                PaymentSummary(gateway: .motp, reference: number, amountMinor: $0.amountMinor, state: $0.status.rawValue, created: $0.created)
            }
        }
        return all.sorted { $0.created < $1.created }
    }
}
