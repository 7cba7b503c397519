import Foundation
import Wire

/// A TakeMe Pay source: the payment the buyer approves by scanning its QR code.
struct TMPSource: Codable {
    var id: String
    var amount: Int64
    var currency: String
    var type: String
    var clientSecret: String
    var description: String?
    /// The metadata object as JSON text (kept as written).
    var metadata: String
    var status: String
    var qrCode: String
    var created: Int64
    var updated: Int64

    func json() -> JSONValue {
        [
            "id": .string(id), "object": "source", "amount": .integer(amount), "currency": .string(currency),
            "type": .string(type), "clientSecret": .string(clientSecret), "description": .optional(description),
            "liveMode": false, "metadata": TakeMePayState.metadataJSON(metadata),
            "payload": ["qrCode": .string(qrCode)], "status": .string(status),
            "created": .integer(created), "updated": .integer(updated),
        ]
    }
}

/// A TakeMe Pay charge of a chargeable source.
struct TMPCharge: Codable {
    var id: String
    var amount: Int64
    var currency: String
    var sourceID: String
    var description: String?
    var metadata: String
    var refunded: Bool
    var status: String
    var failureCode: String?
    var failureMessage: String?
    var created: Int64
    var updated: Int64
    /// Retrievals left that still answer `pending` (scenario).
    var pendingReadsLeft: Int
}

/// A TakeMe Pay refund of a succeeded charge (always in full: the API takes no amount).
struct TMPRefund: Codable {
    var id: String
    var amount: Int64
    var currency: String
    var reason: String?
    var chargeID: String
    var metadata: String
    var status: String
    var failureReason: String?
    var created: Int64
    var updated: Int64
    var scenario: RefundScenario
    /// Retrievals left that still answer `pending`.
    var pendingReadsLeft: Int

    func json() -> JSONValue {
        [
            "id": .string(id), "object": "refund", "amount": .integer(amount), "currency": .string(currency),
            "reason": .optional(reason), "chargeId": .string(chargeID), "liveMode": false,
            "metadata": TakeMePayState.metadataJSON(metadata), "status": .string(status),
            "failureReason": .optional(failureReason), "created": .integer(created), "updated": .integer(updated),
        ]
    }
}

/// Something that happened, as `GET /events` and webhooks carry it.
struct TMPEvent: Codable {
    var id: String
    var type: String
    var created: Int64
    /// The objects as JSON text.
    var dataObject: String
    var previousObject: String

    func json() -> JSONValue {
        let current = (try? JSONReader.parse(dataObject)) ?? [:]
        let previous = (try? JSONReader.parse(previousObject)) ?? [:]
        return [
            "id": .string(id), "liveMode": false, "object": "event", "type": .string(type), "created": .integer(created),
            "data": ["dataObject": current, "previousObject": previous],
        ]
    }
}

/// A registered webhook endpoint.
struct TMPWebhook: Codable {
    var id: String
    var url: String
    var enabledEvents: [String]
    var secret: String
    var created: Int64

    func json() -> JSONValue {
        [
            "id": .string(id), "url": .string(url), "enabledEvents": .array(enabledEvents.map { .string($0) }),
            "liveMode": false, "secret": .string(secret), "created": .integer(created), "object": "webhook",
        ]
    }
}
