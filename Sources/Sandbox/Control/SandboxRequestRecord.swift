import TillCore
import Wire

/// One gateway request as the sandbox's request log keeps it: enough for a test to say "each POST
/// exactly once", and nothing secret (no headers, no body, no query string, which may carry a
/// TakeMe Pay `clientSecret`).
public struct SandboxRequestRecord: Sendable, Equatable {
    /// 1 for the first request the engine logged, then one more for each.
    public let sequence: Int
    public let gateway: GatewayID
    public let method: String
    /// The URL path as received, without its query.
    public let path: String
    /// The money-moving call it made (`quick-pay`, `charges`, `create`, ...; see `--fault GATEWAY/CALL`),
    /// nil for reads and the rest.
    public let call: String?
    /// The merchant order number it carried (MOTP `out_trade_no`, TapIn `id_1`, Pomelo `localId`,
    /// TakeMe Pay metadata `orderNumber`).
    public let order: String?
    /// The refund number it carried (MOTP `out_refund_no`, TakeMe Pay metadata `refundNumber`).
    public let refund: String?
    /// The injected fault's `--fault` name (`500after`, `lost`, ...), nil when none.
    public let fault: String?
    /// Whether the gateway handled it (false when a fault stopped it first).
    public let processed: Bool
    /// The HTTP status sent back; nil when the connection was closed without an answer.
    public let status: Int?

    /// As `GET /__sandbox/requests` lists it.
    var json: JSONValue {
        [
            "sequence": .integer(sequence), "gateway": .string(gateway.rawValue), "method": .string(method),
            "path": .string(path), "call": .optional(call), "order": .optional(order), "refund": .optional(refund),
            "fault": .optional(fault), "processed": .bool(processed), "status": status.map { .integer($0) } ?? .null,
        ]
    }
}

extension SandboxRequestRecord {
    /// Reads one entry of `GET /__sandbox/requests` back; nil when it is not one.
    init?(json: JSONValue) {
        guard let sequence = json["sequence"]?.int64, let gateway = json["gateway"]?.string.flatMap(GatewayID.init(rawValue:)),
            let method = json["method"]?.string, let path = json["path"]?.string, let processed = json["processed"]?.bool
        else { return nil }
        self.init(
            sequence: Int(sequence), gateway: gateway, method: method, path: path, call: json["call"]?.string,
            order: json["order"]?.string, refund: json["refund"]?.string, fault: json["fault"]?.string,
            processed: processed, status: json["status"]?.int64.map { Int($0) })
    }
}
