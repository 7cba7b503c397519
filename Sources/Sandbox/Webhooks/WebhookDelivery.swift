import Foundation
import TillCore

/// How often a failed delivery is tried again.
enum RetryPolicy: String, Codable, Sendable {
    /// TakeMe Pay: again after 1, 2, 4 and 8 s (five tries in all).
    case takeMePay
    /// TapIn: again every 60 s, six tries in all, until the body is `SUCCESS`.
    case tapIn
    /// Pomelo: the documents give no retry; one try.
    case once

    var maximumAttempts: Int {
        switch self {
        case .takeMePay: 5
        case .tapIn: 6
        case .once: 1
        }
    }

    /// Seconds to wait after the `failures`-th failed try.
    func delay(afterFailures failures: Int) -> Double {
        switch self {
        case .takeMePay: Double(1 << (failures - 1))
        case .tapIn: 60
        case .once: 0
        }
    }
}

/// One try of a delivery.
public struct DeliveryAttempt: Codable, Sendable, Equatable {
    public var at: Date
    /// The HTTP status, when an answer came.
    public var status: Int?
    /// Why the try failed, when it did.
    public var failure: String?
}

/// A webhook or callback the sandbox sends, with its tries so far.
public struct WebhookDelivery: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable { case pending, sending, delivered, failed }

    public var id: Int64
    public var gateway: GatewayID
    /// The event or callback name (`source.updated`, `callback`, `transaction.updated`).
    public var event: String
    public var url: String
    /// The exact body bytes as text; signatures are computed over them.
    public var body: String
    /// TakeMe Pay: the webhook's secret for `TakemePay-Signature`.
    var signingSecret: String?
    var policy: RetryPolicy
    /// TapIn: only the plain body `SUCCESS` counts as received.
    var expectsSuccessBody: Bool
    public var state: State
    public var nextAttemptAt: Date
    public var attempts: [DeliveryAttempt]
}
