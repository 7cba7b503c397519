import TillCore
import Wire

/// TapIn's envelope: `{"errCode": 0, "msg": "success", "data": {...}}` or `{"errCode": N, "msg": "..."}`,
/// always with HTTP 200 except for a server error.
enum TapInReply {
    static func success(_ data: JSONValue) -> HTTPResponse {
        .json(200, ["errCode": .integer(0), "msg": "success", "data": data])
    }

    static func failure(_ code: Int, _ message: String) -> HTTPResponse {
        .json(code == 500 ? 500 : 200, ["errCode": .integer(code), "msg": .string(message)])
    }

    static func parameter(_ detail: String) -> HTTPResponse { failure(1, "Paramter error: \(detail)") }

    static let signature = failure(9, "signature does not exist or cannot be matched")
}
