import TillCore
import Wire

/// MOTP's envelopes: `{"success": true, "data": {...}}` and
/// `{"success": false, "data": {"message": "...", "result_code": "<CODE>"}}`.
enum MOTPReply {
    static func success(_ data: JSONValue) -> HTTPResponse {
        .json(200, ["success": true, "data": data])
    }

    static func failure(_ status: Int, code: String, _ message: String, extra: JSONValue = [:]) -> HTTPResponse {
        var data: JSONValue = ["message": .string(message), "result_code": .string(code)]
        for member in extra.members ?? [] { data[member.key] = member.value }
        return .json(status, ["success": false, "data": data])
    }

    static func invalid(_ error: FieldError) -> HTTPResponse {
        failure(400, code: "INVALID_PARAMETER", error.message)
    }

    static func notFound(_ outTradeNo: String) -> HTTPResponse {
        failure(404, code: "ORDER_NOT_FOUND", "no order with out_trade_no \(outTradeNo)")
    }
}
