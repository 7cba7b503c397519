import Foundation
import TillCore
import Wire

/// TakeMe Pay's state: sources, charges, refunds, events and webhooks, each with its creation order.
struct TakeMePayState: Codable {
    var sources: [String: TMPSource] = [:]
    var sourceOrder: [String] = []
    var charges: [String: TMPCharge] = [:]
    var chargeOrder: [String] = []
    var refunds: [String: TMPRefund] = [:]
    var refundOrder: [String] = []
    var events: [String: TMPEvent] = [:]
    var eventOrder: [String] = []
    var webhooks: [String: TMPWebhook] = [:]
    var webhookOrder: [String] = []

    /// The event types the documents list.
    static let eventTypes = ["source.created", "source.updated", "charge.created", "charge.updated", "refund.created"]

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }

    static func metadataJSON(_ text: String) -> JSONValue { (try? JSONReader.parse(text)) ?? [:] }

    func chargeJSON(_ charge: TMPCharge) -> JSONValue {
        [
            "id": .string(charge.id), "object": "charge", "amount": .integer(charge.amount), "currency": .string(charge.currency),
            "sourceId": .string(charge.sourceID), "source": sources[charge.sourceID]?.json() ?? [:],
            "description": .optional(charge.description), "liveMode": false,
            "metadata": Self.metadataJSON(charge.metadata), "refunded": .bool(charge.refunded),
            "status": .string(charge.status), "failureCode": .optional(charge.failureCode),
            "failureMessage": .optional(charge.failureMessage), "created": .integer(charge.created), "updated": .integer(charge.updated),
        ]
    }
}

extension SandboxWorld {
    /// Records an event and queues it for every webhook that enabled its type.
    mutating func takeMePayEvent(_ type: String, current: JSONValue, previous: JSONValue?, _ environment: Environment) {
        let event = TMPEvent(
            id: "evt_" + Identifiers.base64URL(22), type: type, created: TakeMePayState.milliseconds(environment.now),
            dataObject: JSONWriter.text(current), previousObject: JSONWriter.text(previous ?? [:]))
        takeMePay.events[event.id] = event
        takeMePay.eventOrder.append(event.id)
        for id in takeMePay.webhookOrder {
            guard let webhook = takeMePay.webhooks[id], webhook.enabledEvents.contains(type) else { continue }
            enqueueDelivery(
                gateway: .takemepay, event: type, url: webhook.url, body: event.json(),
                signingSecret: webhook.secret, policy: .takeMePay, now: environment.now)
        }
    }

    func takeMePaySummaries() -> [PaymentSummary] {
        takeMePay.sourceOrder.compactMap { id in
            takeMePay.sources[id].map { source in
                let charges = takeMePay.chargeOrder.compactMap { takeMePay.charges[$0] }
                    .filter { $0.sourceID == id && $0.status == "succeeded" }
                let chargeIDs = Set(charges.map(\.id))
                let refunded = takeMePay.refunds.values.filter { chargeIDs.contains($0.chargeID) && $0.status != "failed" }
                    .reduce(Int64(0)) { $0 + $1.amount }
                return PaymentSummary(
                    gateway: .takemepay, reference: id, amountMinor: source.amount, state: source.status,
                    created: Date(timeIntervalSince1970: Double(source.created) / 1000),
                    order: TakeMePayState.metadataJSON(source.metadata)["orderNumber"]?.string,
                    paid: !charges.isEmpty, charges: charges.count, refundedMinor: refunded)
            }
        }
    }
}
