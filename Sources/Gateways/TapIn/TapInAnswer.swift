import Foundation
import TillCore
import Wire

/// One TapIn answer: `{"errCode": 0, "msg": "success", "data": {...}}` or `{"errCode": N, "msg": "..."}`.
struct TapInAnswer {
    let errCode: Int
    let message: String?
    let data: JSONValue

    static func read(_ response: HTTPResponse) throws(GatewayError) -> TapInAnswer {
        let json: JSONValue
        do {
            json = try JSONReader.parse(response.body)
        } catch {
            throw AnswerError.unreadable(.tapin, error.reason, status: response.status)
        }
        guard let codeText = json["errCode"]?.numberText ?? json["errCode"]?.string, let code = Int(codeText) else {
            throw AnswerError.unreadable(.tapin, "no numeric `errCode`", status: response.status)
        }
        return TapInAnswer(errCode: code, message: json["msg"]?.string, data: json["data"] ?? .null)
    }

    var refusal: GatewayError { .cashier(TapInErrors.cashierError(code: errCode, message: message)) }

    /// A member of `data` as text (numbers as their literal).
    func text(_ field: String) -> String? { data[field]?.string ?? data[field]?.numberText }
}
