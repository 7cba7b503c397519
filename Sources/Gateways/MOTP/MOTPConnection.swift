import Foundation
import Logging
import TillCore
import Wire

/// Sends MOTP calls with a valid token: fetched when the held one has under 10 s left, and fetched
/// again once (then the call retried once) when the gateway answers 401.
struct MOTPConnection: Sendable {
    let settings: MOTPSettings
    let exchange: Exchange
    let tokens: MOTPTokenStore

    /// POSTs `body` to `path` and reads the envelope. A refusal is returned, not thrown: callers
    /// decide what its code means for them.
    func call(_ path: String, _ body: JSONValue) async throws(ExchangeError) -> MOTPAnswer {
        var token = try await currentToken()
        var response = try await exchange.send(try request(path, body, token: token))
        if response.status == 401 {
            await tokens.invalidate()
            token = try await currentToken()
            response = try await exchange.send(try request(path, body, token: token))
            if response.status == 401 {
                throw .gateway(
                    .cashier(.requestRefused(GatewayRawError(code: "HTTP 401", message: "MOTP refused a fresh token"))))
            }
        }
        do {
            return try MOTPAnswer.read(response)
        } catch {
            throw .gateway(error)
        }
    }

    private func request(_ path: String, _ body: JSONValue, token: Secret?) throws(ExchangeError) -> HTTPRequest {
        guard let url = settings.baseURL.appending(gatewayPath: path) else {
            throw .gateway(
                .cashier(.configuration("the MOTP base URL \(settings.baseURL) cannot take the path \(path)")))
        }
        let headers = token.map { [HTTPHeader("Authorization", "Bearer \($0.reveal())")] } ?? []
        return .json("POST", url, body: body, headers: headers)
    }

    /// The token for the next call. Without one the call is never sent, so a token that could not be
    /// had for a passing reason (no answer, 429, 5xx) is reported as "not sent", which settles the call:
    /// nothing can have moved.
    private func currentToken() async throws(ExchangeError) -> Secret {
        do {
            return try await tokens.token { () async throws(ExchangeError) -> Secret in try await fetchToken() }
        } catch where !error.settlesRequest {
            throw .transport(.notSent("MOTP gave no API token: \(error.unsettledReason)"))
        }
    }

    /// `POST /api/token` with the user and password.
    private func fetchToken() async throws(ExchangeError) -> Secret {
        let body = JSONValue.object([
            ("user", .string(settings.user)), ("password", .string(settings.password.reveal())),
        ])
        let response = try await exchange.send(try request(MOTPPath.token, body, token: nil))
        let answer: MOTPAnswer
        do {
            answer = try MOTPAnswer.read(response)
        } catch {
            throw .gateway(error)
        }
        guard answer.success, response.status == 200 else {
            let code = answer.resultCode ?? "HTTP \(response.status)"
            // The token call moves no money: a 4xx other than 429 is the credentials refused.
            if (400...499).contains(response.status), response.status != 429 {
                throw .gateway(.cashier(.requestRefused(GatewayRawError(code: code, message: answer.message))))
            }
            throw .gateway(.cashier(MOTPErrors.cashierError(code: code, message: answer.message, status: response.status)))
        }
        guard let text = answer.data["token"]?.string, !text.isEmpty else {
            throw .gateway(AnswerError.missing("data.token"))
        }
        return Secret(text)
    }
}
