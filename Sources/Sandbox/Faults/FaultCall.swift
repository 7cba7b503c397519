import TillCore

/// The requests that can move money, by the name a `--fault GATEWAY/CALL:...` rule narrows to. The
/// after-processing faults matter most on these: the money moved, the answer says otherwise.
enum FaultCall {
    /// Any of a gateway's money-moving calls.
    static let money = "money"

    /// The money-moving calls of each gateway.
    static func names(of gateway: GatewayID) -> [String] {
        switch gateway {
        case .takemepay: ["sources", "charges", "refunds"]
        case .tapin: ["create"]
        case .pomelo: ["create"]
        case .motp: ["native-pay", "quick-pay", "jsapi-pay", "refund"]
        }
    }

    /// The call a request makes, when it is one that can move money; nil for reads and the rest.
    static func name(of gateway: GatewayID, method: String, segments: [String]) -> String? {
        guard method == "POST" else { return nil }
        switch gateway {
        case .takemepay:
            guard segments.count == 1, names(of: .takemepay).contains(segments[0]) else { return nil }
            return segments[0]
        case .tapin:
            return segments == ["api", "external_collection", "create_external_collection"] ? "create" : nil
        case .pomelo:
            return segments == ["transactions"] ? "create" : nil
        case .motp:
            guard segments.count == 2, segments[0] == "api", names(of: .motp).contains(segments[1]) else { return nil }
            return segments[1]
        }
    }
}
