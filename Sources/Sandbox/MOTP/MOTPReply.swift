import TillCore

/// MOTP's envelopes: `{"success": true, "data": {...}}` and
/// `{"success": false, "data": {"message": "...", "result_code": "<CODE>"}}`.
enum MOTPReply {
    static func success(_ data: JSONObject) -> HTTPResponse {
        .json(200, .object(["success": true, "data": .object(data)]))
    }

    static func failure(_ status: Int, code: String, _ message: String, extra: JSONObject = [:]) -> HTTPResponse {
        var data: JSONObject = ["message": .string(message), "result_code": .string(code)]
        for member in extra.members { data[member.key] = member.value }
        return .json(status, .object(["success": false, "data": .object(data)]))
    }

    static func invalid(_ error: FieldError) -> HTTPResponse {
        failure(400, code: "INVALID_PARAMETER", error.message)
    }

    static func notFound(_ outTradeNo: String) -> HTTPResponse {
        failure(404, code: "ORDER_NOT_FOUND", "no order with out_trade_no \(outTradeNo)")
    }
}
