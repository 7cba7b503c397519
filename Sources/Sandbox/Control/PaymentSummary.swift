import Foundation
import TillCore
import Wire

/// One payment as the control API lists it, with what a test needs to compare it with Till's
/// journal: the merchant order number, whether money was taken (and how many times), and how much
/// went back.
public struct PaymentSummary: Sendable, Equatable {
    public var gateway: GatewayID
    /// The reference the buyer commands take (source id, id_1, transaction id, out_trade_no).
    public var reference: String
    public var amountMinor: Int64
    /// The gateway's own word for the state.
    public var state: String
    public var created: Date
    /// The merchant's order number (TakeMe Pay metadata `orderNumber`, TapIn `id_1`, Pomelo
    /// `localId`, MOTP `out_trade_no`), when the payment carries one.
    public var order: String?
    /// Whether the buyer's money was taken (a succeeded charge, `pay success`, `CONFIRMED`, `SUCCESS`),
    /// refunded since or not.
    public var paid: Bool
    /// How many times money was taken for this payment: TakeMe Pay counts its succeeded charges,
    /// the others 1 when paid. More than 1 is a double charge.
    public var charges: Int
    /// The amount given back (refunds not failed), in minor units.
    public var refundedMinor: Int64

    init(
        gateway: GatewayID, reference: String, amountMinor: Int64, state: String, created: Date, order: String?,
        paid: Bool, charges: Int? = nil, refundedMinor: Int64 = 0
    ) {
        self.gateway = gateway
        self.reference = reference
        self.amountMinor = amountMinor
        self.state = state
        self.created = created
        self.order = order
        self.paid = paid
        self.charges = charges ?? (paid ? 1 : 0)
        self.refundedMinor = refundedMinor
    }

    /// As `GET /__sandbox/payments` lists it.
    var json: JSONValue {
        [
            "gateway": .string(gateway.rawValue), "reference": .string(reference), "amount": .integer(amountMinor),
            "state": .string(state), "created": .integer(Int64(created.timeIntervalSince1970)), "order": .optional(order),
            "paid": .bool(paid), "charges": .integer(Int64(charges)), "refunded": .integer(refundedMinor),
        ]
    }

    /// Reads one entry of `GET /__sandbox/payments` back; nil when it is not one.
    init?(json: JSONValue) {
        guard let gateway = json["gateway"]?.string.flatMap(GatewayID.init(rawValue:)),
            let reference = json["reference"]?.string, let amountMinor = json["amount"]?.int64,
            let state = json["state"]?.string, let created = json["created"]?.int64, let paid = json["paid"]?.bool,
            let charges = json["charges"]?.int64, let refundedMinor = json["refunded"]?.int64
        else { return nil }
        self.init(
            gateway: gateway, reference: reference, amountMinor: amountMinor, state: state,
            created: Date(timeIntervalSince1970: TimeInterval(created)), order: json["order"]?.string, paid: paid,
            charges: Int(charges), refundedMinor: refundedMinor)
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
                    created: collection.created, order: id1, paid: collection.status != .waitingPay)
            }
        }
        all += pomeloSummaries()
        all += motp.orderSequence.compactMap { number in
            motp.orders[number].map {
                // MOTP keeps hundredths of the major unit (two decimals on the wire): list minor units.
                let currency = environment.configuration.motpCurrency
                return PaymentSummary(
                    gateway: .motp, reference: number, amountMinor: Scenarios.motpMinorUnits($0.amountMinor, currency: currency),
                    state: $0.word, created: $0.created, order: number,
                    paid: $0.status == .success || $0.refundedMinor > 0,
                    refundedMinor: Scenarios.motpMinorUnits($0.refundedMinor, currency: currency))
            }
        }
        return all.sorted { $0.created < $1.created }
    }
}
