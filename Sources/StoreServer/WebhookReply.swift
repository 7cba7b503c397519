import Gateways

/// The store server's answer to one delivery: the status and the body each gateway's document asks
/// for (TapIn: the body `SUCCESS`; TakeMe Pay and Pomelo: a 2xx).
public struct WebhookReply: Equatable, Sendable {
    public let status: Int
    public let body: String

    public init(status: Int, body: String) {
        self.status = status
        self.body = body
    }

    /// The acknowledgement of an accepted delivery, new or a retry.
    static func accepted(_ gateway: GatewayAcknowledgement) -> WebhookReply {
        WebhookReply(status: 200, body: gateway.body)
    }

    /// A forged, stale or unreadable delivery: 401 for a signature or time that does not hold, 400 for
    /// the rest; the gateway retries, and a forger learns nothing but the refusal.
    static func refused(status: Int) -> WebhookReply {
        WebhookReply(status: status, body: status == 401 ? "signature refused" : "malformed delivery")
    }
}

/// What each gateway expects back from an accepted delivery.
enum GatewayAcknowledgement {
    /// TapIn retries every minute until the body is exactly `SUCCESS`.
    case tapIn
    /// TakeMe Pay and Pomelo want a 2xx as soon as possible.
    case status

    var body: String {
        switch self {
        case .tapIn: TapInCallback.acknowledgement
        case .status: "ok"
        }
    }
}
