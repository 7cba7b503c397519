import Foundation
import TillCore
import Wire

extension SandboxWorld {
    /// Routes `/motp/api/...`: every call is a `POST` with a JSON body; all but the token call need a
    /// live bearer token.
    mutating func handleMOTP(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        guard request.segments.count == 2, request.segments[0] == "api" else {
            return MOTPReply.failure(404, code: "NOT_FOUND", "no MOTP call at this path: the calls are /api/token, /api/native-pay, /api/quick-pay, /api/jsapi-pay, /api/refund, /api/payment-status and /api/refund-status")
        }
        guard request.method == "POST" else {
            return MOTPReply.failure(405, code: "METHOD_NOT_ALLOWED", "MOTP calls are POST with a JSON body")
        }
        let fields: BodyFields
        switch BodyFields.parse(request.body) {
        case .success(let parsed): fields = parsed
        case .failure(let error): return MOTPReply.failure(400, code: "INVALID_PARAMETER", "the body is not a JSON object: \(error)")
        }
        let call = request.segments[1]
        if call == "token" { return motp.issueToken(fields, environment) }
        if let refusal = motp.checkToken(request.header("Authorization"), environment) { return refusal }
        let store: String
        do { store = try fields.identifier("store_id") } catch { return MOTPReply.invalid(error) }
        guard store == TestCredentials.motpStoreID else {
            return MOTPReply.failure(400, code: "STORE_NOT_FOUND", "store_id \(store) is not a store of this merchant")
        }
        switch call {
        case "native-pay": return motpNativePay(fields, environment)
        case "quick-pay": return motp.quickPay(fields, kind: .quick, environment)
        case "jsapi-pay": return motp.quickPay(fields, kind: .jsapi, environment)
        case "refund": return motp.refund(fields, environment)
        case "payment-status": return motp.paymentStatus(fields, environment)
        case "refund-status": return motp.refundStatus(fields, environment)
        default:
            return MOTPReply.failure(404, code: "NOT_FOUND", "no MOTP call named \(call)")
        }
    }
}

extension MOTPState {
    mutating func issueToken(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let user: String, password: String
        do {
            user = try fields.string("user")
            password = try fields.string("password")
        } catch {
            return MOTPReply.invalid(error)
        }
        guard user == TestCredentials.motpUser, password == TestCredentials.motpPassword else {
            return MOTPReply.failure(401, code: "INVALID_CREDENTIALS", "the user or password is wrong")
        }
        tokens = tokens.filter { $0.value > environment.now }
        let token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + Identifiers.base64URL(40) + "." + Identifiers.base64URL(43)
        tokens[token] = environment.now.addingTimeInterval(Self.tokenLifetime)
        return MOTPReply.success(["message": "SUCCESS", "token": .string(token)])
    }

    /// Nil when the `Authorization: Bearer` token is live; otherwise the 401 answer.
    func checkToken(_ header: String?, _ environment: Environment) -> HTTPResponse? {
        guard let header, header.hasPrefix("Bearer ") else {
            return MOTPReply.failure(401, code: "UNAUTHORIZED", "missing Authorization: Bearer <token>: get a token from /api/token first")
        }
        let token = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let expiry = tokens[token] else {
            return MOTPReply.failure(401, code: "INVALID_TOKEN", "the bearer token is not one this server issued: get a new one from /api/token")
        }
        guard expiry > environment.now else {
            return MOTPReply.failure(401, code: "TOKEN_EXPIRED", "the bearer token has expired (tokens live 60 s): get a new one from /api/token")
        }
        return nil
    }

    /// The amount as MOTP writes it: a decimal number with two places.
    static func amountJSON(_ minor: Int64) -> JSONValue { .number(NumberText.decimal(minorUnits: minor, places: 2)) }
}
