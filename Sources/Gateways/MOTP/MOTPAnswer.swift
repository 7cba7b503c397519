import Foundation
import TillCore
import Wire

/// One MOTP answer: `{"success": ..., "data": {...}}`.
struct MOTPAnswer {
    let success: Bool
    let data: JSONValue
    let httpStatus: Int

    /// `data.result_code`, when present.
    var resultCode: String? { data["result_code"]?.string }
    /// `data.message`, when present.
    var message: String? { data["message"]?.string }

    /// Reads an answer; a body that is not the envelope is an unreadable answer.
    static func read(_ response: HTTPResponse) throws(GatewayError) -> MOTPAnswer {
        let json: JSONValue
        do {
            json = try JSONReader.parse(response.body)
        } catch {
            throw AnswerError.unreadable(.motp, error.reason, status: response.status)
        }
        guard let success = json["success"]?.bool else {
            throw AnswerError.unreadable(.motp, "no boolean `success`", status: response.status)
        }
        return MOTPAnswer(success: success, data: json["data"] ?? .object([]), httpStatus: response.status)
    }

    /// The cashier error for a refusal.
    var refusal: GatewayError {
        .cashier(
            MOTPErrors.cashierError(code: resultCode ?? "HTTP \(httpStatus)", message: message, status: httpStatus))
    }

    /// An amount member, read exactly.
    func amount(_ field: String, currency: Currency) throws(GatewayError) -> Money? {
        guard let value = data[field], !value.isNull else { return nil }
        guard let text = value.numberText ?? value.string else { throw AnswerError.missing("data.\(field)") }
        do {
            return try MOTPDecimal.parse(text, currency: currency)
        } catch {
            throw .cashier(.unexpectedAnswer(GatewayRawError(code: "bad-amount", message: "data.\(field): \(error)")))
        }
    }

    /// Checks that `data[field]` echoes `sent`.
    func expectAmount(_ field: String, sent: Money, required: Bool) throws(GatewayError) {
        guard let echoed = try amount(field, currency: sent.currency) else {
            if required { throw AnswerError.missing("data.\(field)") }
            return
        }
        guard echoed == sent else {
            throw AnswerError.mismatch(
                "data.\(field)", sent: MOTPDecimal.format(sent), echoed: MOTPDecimal.format(echoed))
        }
    }

    /// A text member (MOTP writes some ids as numbers, so a number literal is read as its text).
    func text(_ field: String) -> String? { data[field]?.string ?? data[field]?.numberText }
}
