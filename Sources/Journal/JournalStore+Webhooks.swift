import Foundation
import TillCore

/// A webhook delivery the store server accepted: which gateway sent it, the digest of its body, and
/// what it named.
public struct WebhookDelivery: Hashable, Sendable {
    public let gateway: GatewayID
    /// SHA-256 of the body, hexadecimal: a gateway that sends the same event again sends the same body.
    public let digest: String
    public let orderNumber: String?
    public let gatewayReference: String?
    public let gatewayStatus: String?
    public let receivedAt: Date

    public init(
        gateway: GatewayID, digest: String, orderNumber: String?, gatewayReference: String?, gatewayStatus: String?,
        receivedAt: Date
    ) {
        self.gateway = gateway
        self.digest = digest
        self.orderNumber = orderNumber
        self.gatewayReference = gatewayReference
        self.gatewayStatus = gatewayStatus
        self.receivedAt = receivedAt
    }
}

extension JournalStore {
    /// Records `delivery` once: true when it is new, false when the same gateway already sent the
    /// same body (a retry), which is then not recorded again.
    public func recordWebhookDelivery(_ delivery: WebhookDelivery) throws(JournalError) -> Bool {
        try connection.query(
            """
            INSERT INTO webhook_deliveries
                (gateway, digest, order_number, gateway_reference, gateway_status, received_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """,
            [.text(delivery.gateway.rawValue), .text(delivery.digest), Self.optional(delivery.orderNumber),
             Self.optional(delivery.gatewayReference), Self.optional(delivery.gatewayStatus),
             .integer(delivery.receivedAt.journalMilliseconds)])
        return connection.changes == 1
    }

    /// Every delivery recorded, oldest first.
    public func webhookDeliveries() throws(JournalError) -> [WebhookDelivery] {
        try connection.query("SELECT * FROM webhook_deliveries ORDER BY id").map { row throws(JournalError) in
            guard let gateway = row.text("gateway").flatMap(GatewayID.init(rawValue:)), let digest = row.text("digest"),
                let at = row.integer("received_at")
            else { throw JournalError.corruptRow("webhook_deliveries") }
            return WebhookDelivery(
                gateway: gateway, digest: digest, orderNumber: row.text("order_number"),
                gatewayReference: row.text("gateway_reference"), gatewayStatus: row.text("gateway_status"),
                receivedAt: Date(journalMilliseconds: at))
        }
    }

    private static func optional(_ text: String?) -> JournalValue { text.map { .text($0) } ?? .null }
}
