import Foundation
import TillCore
import Wire

extension HTTPResponse {
    /// A JSON answer.
    static func json(_ status: Int, _ value: JSONValue) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [HTTPHeader("Content-Type", "application/json; charset=utf-8")],
            body: JSONWriter.data(value))
    }

    /// A plain text answer.
    static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [HTTPHeader("Content-Type", "text/plain; charset=utf-8")],
            body: Data(text.utf8))
    }
}
