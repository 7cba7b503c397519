import Foundation
import TillCore
import Wire

/// A gateway's check of its own webhook deliveries. The store server hands each delivery (headers
/// and body) to the gateway's verifier and learns which payment it is about; it then asks the
/// gateway where that payment stands, so a delivery never settles a payment by itself.
public protocol WebhookVerifier: Sendable {
    /// Which gateway's deliveries this verifier reads.
    var gatewayID: GatewayID { get }

    /// Checks one delivery and reads which payment it names; throws when it is forged, stale or
    /// unreadable.
    func verify(headers: [HTTPHeader], body: Data) throws(WebhookRejection) -> WebhookNotice
}

/// What a delivery that passed its gateway's check says.
public struct WebhookNotice: Sendable, Equatable {
    /// The merchant order (or refund) number the delivery names, when it names one.
    public var orderNumber: String?
    /// The gateway's own id of the object (source, charge, collection, transaction).
    public var gatewayReference: String?
    /// The gateway's status word in the delivery, as sent.
    public var gatewayStatus: String?
    /// True when a signature proved the sender; false for an unsigned hint (TapIn's callback), which
    /// only tells Till to ask.
    public var isSigned: Bool

    public init(orderNumber: String?, gatewayReference: String?, gatewayStatus: String?, isSigned: Bool) {
        self.orderNumber = orderNumber
        self.gatewayReference = gatewayReference
        self.gatewayStatus = gatewayStatus
        self.isSigned = isSigned
    }
}

/// Why a webhook delivery was refused, in one sentence for the log.
public struct WebhookRejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// Whether the sender is not proved, or the delivery cannot be read.
    public enum Kind: Equatable, Sendable {
        /// No signature, one that does not match, or a time outside the window: maybe forged or replayed.
        case notAuthentic
        /// Not what the document describes (not JSON, a field missing).
        case malformed
    }

    public let gateway: GatewayID
    public let reason: String
    public let kind: Kind

    public init(_ gateway: GatewayID, _ reason: String, kind: Kind = .malformed) {
        self.gateway = gateway
        self.reason = reason
        self.kind = kind
    }

    public var description: String { "\(gateway.displayName) webhook refused: \(reason)" }
}
