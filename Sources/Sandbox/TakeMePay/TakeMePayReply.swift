import TillCore
import Wire

/// TakeMe Pay's error envelope: `{"error": {"message": "...", "code": "..."}}`.
enum TakeMePayReply {
    static func error(_ status: Int, _ code: String, _ message: String) -> HTTPResponse {
        .json(status, ["error": ["message": .string(message), "code": .string(code)]])
    }

    static func field(_ error: FieldError) -> HTTPResponse {
        switch error.kind {
        case .missing: Self.error(400, "missing_parameter", error.message)
        case .invalid: Self.error(400, "invalid_format", error.message)
        }
    }

    static let unauthorized = error(401, "unauthorized", "The requester is not authorized to access the resource.")

    static func forbidden(_ why: String) -> HTTPResponse { error(403, "forbidden", why) }

    static func missing(_ kind: String, _ id: String) -> HTTPResponse {
        error(404, "missing_object", "No such \(kind): \(id)")
    }

    static func constraint(_ message: String) -> HTTPResponse { error(400, "constraint_violation", message) }
}
