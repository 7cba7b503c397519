import Foundation
import Logging
import TillCore
import Wire

/// What one HTTP exchange with a gateway can end in, short of a usable answer: the transport failed
/// (so the gateway may or may not have seen the request), or the gateway answered with a refusal.
public enum ExchangeError: Error, Equatable, Sendable {
    case transport(TransportError)
    case gateway(GatewayError)

    /// True when the gateway may have processed the request although no answer arrived.
    public var outcomeUnknown: Bool {
        guard case .transport(let error) = self else { return false }
        switch error {
        case .timedOut, .connectionLost: return true
        case .notSent, .insecureURL, .storeServerRefused: return false
        }
    }

    /// The error to show when nothing is left to try: transport failures become "unavailable" (or a
    /// configuration error for a refused plain-HTTP URL).
    public var asGatewayError: GatewayError {
        switch self {
        case .gateway(let error): return error
        case .transport(.insecureURL(let url)):
            return .cashier(.configuration(TransportError.insecureURL(url).description))
        case .transport(.storeServerRefused(let refusal)):
            return .cashier(.storeServerRefused(refusal))
        case .transport(.notSent(let why)):
            return .cashier(.notReached(GatewayRawError(code: "not-sent", message: why)))
        case .transport(let error):
            return .cashier(.gatewayUnavailable(GatewayRawError(code: "transport", message: error.description)))
        }
    }
}

/// Sends requests for a connector and turns transport failures into `ExchangeError`.
struct Exchange: Sendable {
    let transport: any HTTPTransport

    init(transport: any HTTPTransport) { self.transport = transport }

    /// Every request and answer logged to `logger`, with `secrets` masked before a line is made.
    init(logging transport: any HTTPTransport, to logger: Logger, masking secrets: [Secret]) {
        self.transport = LoggingTransport(transport, logger: logger, redactor: Redactor(secrets: secrets))
    }

    func send(_ request: HTTPRequest) async throws(ExchangeError) -> HTTPResponse {
        do {
            return try await transport.send(request)
        } catch {
            throw .transport(error)
        }
    }
}

/// Builders for the errors connectors raise when an answer does not match what was sent.
enum AnswerError {
    /// The answer could not be read at all.
    static func unreadable(_ gateway: GatewayID, _ why: String, status: Int) -> GatewayError {
        let raw = GatewayRawError(code: "HTTP \(status)", message: "unreadable \(gateway.displayName) answer: \(why)")
        if status >= 500 { return .cashier(.gatewayUnavailable(raw)) }
        return .cashier(.unexpectedAnswer(raw))
    }

    /// A field the answer must carry is missing or has the wrong type.
    static func missing(_ field: String) -> GatewayError {
        .cashier(
            .unexpectedAnswer(GatewayRawError(code: "missing-field", message: "the answer has no valid `\(field)`")))
    }

    /// A status word that is not in the gateway's table: an explicit error, never a guess.
    static func unknownStatus(_ word: String, field: String) -> GatewayError {
        .cashier(
            .unexpectedAnswer(GatewayRawError(code: "unknown-status", message: "unknown `\(field)` value \"\(word)\"")))
    }

    /// An echoed value differs from what was sent.
    static func mismatch(_ field: String, sent: String, echoed: String) -> GatewayError {
        .cashier(
            .unexpectedAnswer(
                GatewayRawError(
                    code: "mismatch", message: "`\(field)` was sent as \(sent) but the answer says \(echoed)")))
    }
}

/// Checks that the answer echoes what was sent.
enum Echo {
    /// The echoed text equals `sent`; a missing echo fails only when `required`.
    static func text(_ field: String, sent: String, echoed: String?, required: Bool) throws(GatewayError) {
        guard let echoed else {
            if required { throw AnswerError.missing(field) }
            return
        }
        guard echoed == sent else { throw AnswerError.mismatch(field, sent: sent, echoed: echoed) }
    }

    /// The echoed minor units equal `sent.minorUnits`.
    static func minorUnits(_ field: String, sent: Money, echoed: JSONValue?, required: Bool) throws(GatewayError) {
        guard let echoed, !echoed.isNull else {
            if required { throw AnswerError.missing(field) }
            return
        }
        guard let units = echoed.int64 else { throw AnswerError.missing(field) }
        guard units == sent.minorUnits else {
            throw AnswerError.mismatch(field, sent: String(sent.minorUnits), echoed: echoed.numberText ?? "?")
        }
    }

    /// The echoed currency code equals `sent`'s (case-insensitive, as ISO 4217 codes are).
    static func currency(_ field: String, sent: Currency, echoed: String?, required: Bool) throws(GatewayError) {
        guard let echoed else {
            if required { throw AnswerError.missing(field) }
            return
        }
        guard echoed.uppercased() == sent.code else {
            throw AnswerError.mismatch(field, sent: sent.code, echoed: echoed)
        }
    }
}

extension HTTPRequest {
    /// A JSON request with the usual `Content-Type` and `Accept` headers and extra `headers`.
    static func json(_ method: String, _ url: URL, body: JSONValue?, headers: [HTTPHeader]) -> HTTPRequest {
        var all = [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json")]
        all.append(contentsOf: headers)
        return HTTPRequest(method: method, url: url, headers: all, body: body.map(JSONWriter.data) ?? Data())
    }
}

extension URL {
    /// `self` with `path` appended as written (it may hold `/`), and `query` items added.
    func appending(gatewayPath path: String, query: [(String, String)] = []) -> URL? {
        var text = absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path.hasPrefix("/") ? path : "/" + path
        guard var components = URLComponents(string: text) else { return nil }
        if !query.isEmpty {
            components.percentEncodedQueryItems = query.map {
                URLQueryItem(name: $0.0, value: $0.1.addingPercentEncoding(withAllowedCharacters: .gatewayQueryValue))
            }
        }
        return components.url
    }
}

extension CharacterSet {
    /// Unreserved characters of RFC 3986: everything else in a query value is percent-encoded.
    static let gatewayQueryValue = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
