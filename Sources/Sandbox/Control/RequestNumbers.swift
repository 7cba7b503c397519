import TillCore
import Wire

/// The merchant order number and refund number a gateway request carries, read for the request log.
enum RequestNumbers {
    static func of(_ gateway: GatewayID, _ request: RouteRequest) -> (order: String?, refund: String?) {
        let body = Self.body(request)
        switch gateway {
        case .motp:
            return (text(body?["out_trade_no"]), text(body?["out_refund_no"]))
        case .tapin:
            return (text(body?["id_1"]) ?? request.query["id_1"], nil)
        case .pomelo:
            return (text(body?["localId"]), nil)
        case .takemepay:
            let metadata = body?["metadata"]
            return (text(metadata?["orderNumber"]), text(metadata?["refundNumber"]))
        }
    }

    /// The body when it is a JSON object; nil otherwise (a log never refuses a request).
    private static func body(_ request: RouteRequest) -> JSONValue? {
        let first = request.body.first { ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains($0) }
        guard first == UInt8(ascii: "{"), let value = try? JSONReader.parse(request.body) else { return nil }
        return value
    }

    /// A string, or a number written as one (MOTP examples have both).
    private static func text(_ value: JSONValue?) -> String? {
        value?.string ?? value?.numberText
    }
}
