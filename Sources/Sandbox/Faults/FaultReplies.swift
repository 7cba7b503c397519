import TillCore
import Wire

/// Each gateway's own envelope for the injected 500, 429 and "system error".
enum FaultReplies {
    static func serverError(_ gateway: GatewayID) -> HTTPResponse {
        switch gateway {
        case .takemepay: .json(500, ["error": ["message": "We had a problem with our server. Try again later.", "code": "internal_error"]])
        case .tapin: TapInReply.failure(500, "Server error, please try again later")
        case .pomelo: .json(500, ["code": "PP-50-00", "message": "Internal Server Error"])
        case .motp: MOTPReply.failure(500, code: "SYSTEMERROR", "Internal server error: try again later")
        }
    }

    /// The gateway's refusal that says "system error" rather than yes or no. MOTP has one in its
    /// envelope (HTTP 200, `SYSTEMERROR`); TapIn's table has `errCode` 500, here in an HTTP 200 body;
    /// Pomelo and TakeMe Pay document nothing closer than their 500.
    static func systemError(_ gateway: GatewayID) -> HTTPResponse {
        switch gateway {
        case .takemepay, .pomelo: serverError(gateway)
        case .tapin: .json(200, ["errCode": .integer(500), "msg": "Server error, please try again later"])
        case .motp: MOTPReply.failure(200, code: "SYSTEMERROR", "System error: the result is unknown, query the order status")
        }
    }

    static func tooManyRequests(_ gateway: GatewayID) -> HTTPResponse {
        switch gateway {
        case .takemepay: .json(429, ["error": ["message": "You're requesting too fast. Please slow down.", "code": "too_many_requests"]])
        case .tapin: TapInReply.failure(4, "Please wait a moment. You are sending too many collect requests.")
        case .pomelo: .json(429, ["code": "PP-42-90", "message": "Too many requests: slow down"])
        case .motp: MOTPReply.failure(429, code: "FREQUENCY_LIMITED", "Too many requests: slow down")
        }
    }
}
