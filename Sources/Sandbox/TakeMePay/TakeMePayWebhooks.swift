import Foundation
import TillCore
import Wire

extension TakeMePayState {
    /// `POST /webhooks`: registers an endpoint for some event types and returns its signing secret.
    mutating func createWebhook(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let url: String
        do { url = try fields.string("url") } catch { return TakeMePayReply.field(error) }
        guard let value = fields.object["enabledEvents"], value != .null else {
            return TakeMePayReply.field(.missing("enabledEvents", "a list of event types"))
        }
        guard let list = value.array, !list.isEmpty else {
            return TakeMePayReply.error(400, "invalid_format", "enabledEvents must be a non-empty list of event types")
        }
        var events: [String] = []
        for item in list {
            guard let type = item.string, Self.eventTypes.contains(type) else {
                return TakeMePayReply.constraint("enabledEvents may hold only \(Self.eventTypes.joined(separator: ", "))")
            }
            events.append(type)
        }
        guard WebhookURLPolicy.isAcceptable(url) else {
            return TakeMePayReply.constraint("url must be an https:// URL (plain http:// only to 127.0.0.1 or localhost)")
        }
        let webhook = TMPWebhook(
            id: "we_" + Identifiers.base64URL(22), url: url, enabledEvents: events,
            secret: "wesec_" + Identifiers.base64URL(22), created: Self.milliseconds(environment.now))
        webhooks[webhook.id] = webhook
        webhookOrder.append(webhook.id)
        return .json(200, webhook.json())
    }
}

/// Where the sandbox agrees to send webhooks: `https://`, or plain `http://` on this machine (the
/// same exception Till's transport makes).
enum WebhookURLPolicy {
    static func isAcceptable(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(), !host.isEmpty else {
            return false
        }
        if scheme == "https" { return true }
        return scheme == "http" && (host == "127.0.0.1" || host == "localhost")
    }
}
