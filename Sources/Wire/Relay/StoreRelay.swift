import Foundation
import TillCore

/// What a lane and the store server say to each other when the store server makes the lane's
/// secret-key calls (`[store] server` and `token` on the lane, `[store.lanes]` on the server): where
/// a call goes, how the lane shows who it is, and how the store server tells what became of the call.
///
/// Every answer of the relay carries the `Till-Relay` header with a `Verdict`. A lane trusts no
/// answer without it: a proxy's 502 or another server's 404 may stand for a call that was forwarded,
/// so it is read as an answer lost, never as a refusal.
public enum StoreRelay {
    /// The header every answer of the relay carries.
    public static let header = "Till-Relay"

    /// `GET {server}/relay/check`: answers `ready` when the store server will make this lane's calls.
    public static let checkPath = "/relay/check"

    /// Where a lane sends `gateway`'s calls: `{server}/relay/<gateway>` + the gateway's own path.
    public static func path(_ gateway: GatewayID) -> String { "/relay/\(gateway.rawValue)" }

    /// What became of a relayed call (or of the check).
    public enum Verdict: String, Sendable, CaseIterable {
        /// The gateway answered: the status and the body are its own, as they came.
        case answered
        /// The store server could not send the call (connection refused, DNS, TLS): the gateway did nothing.
        case notSent = "not-sent"
        /// The call was sent to the gateway but no answer came in time: it may have been carried out.
        case timedOut = "timed-out"
        /// The connection to the gateway dropped after the call was sent: it may have been carried out.
        case answerLost = "answer-lost"
        /// The lane's token is missing or unknown.
        case refusedToken = "refused-token"
        /// Not a call the store server makes for a lane.
        case refusedCall = "refused-call"
        /// The store server has no secret key for the gateway.
        case noSecretKey = "no-secret-key"
        /// The check's answer: the token is good and the store server holds the secret key.
        case ready

        /// The HTTP status the store server answers with; `answered` keeps the gateway's own.
        public func status(answered: Int = 200) -> Int {
            switch self {
            case .answered: answered
            case .ready: 200
            case .notSent, .answerLost: 502
            case .timedOut: 504
            case .refusedToken: 401
            case .refusedCall: 403
            case .noSecretKey: 503
            }
        }

        /// The verdict for a call the store server's own transport could not complete.
        public init(failure: TransportError) {
            switch failure {
            case .timedOut: self = .timedOut
            case .connectionLost: self = .answerLost
            case .notSent, .insecureURL, .storeServerRefused: self = .notSent
            }
        }

        /// The refusal this verdict stands for, if it is one.
        public var refusal: StoreServerRefusal? {
            switch self {
            case .refusedToken: .token
            case .refusedCall: .call
            case .noSecretKey: .noSecretKey
            case .answered, .ready, .notSent, .timedOut, .answerLost: nil
            }
        }
    }

    /// The verdict an answer of the store server carries; nil when it carries none (it did not come
    /// from the relay).
    public static func verdict(of response: HTTPResponse) -> Verdict? {
        response.header(header).flatMap(Verdict.init(rawValue:))
    }

    /// A relayed call's answer as the lane's connector must see it: the gateway's answer, or the
    /// transport error the lane's own connection to the gateway would have given. An answer lost
    /// behind the store server stays an unknown outcome, never a refusal.
    public static func outcome(of response: HTTPResponse) -> Result<HTTPResponse, TransportError> {
        guard let verdict = verdict(of: response) else {
            return .failure(.connectionLost("the answer (HTTP \(response.status)) did not come from a Till store server"))
        }
        if let refusal = verdict.refusal { return .failure(.storeServerRefused(refusal)) }
        switch verdict {
        case .answered: return .success(response)
        case .notSent: return .failure(.notSent("the store server could not reach the gateway: \(shortText(response.body))"))
        case .timedOut: return .failure(.timedOut)
        case .answerLost, .ready, .refusedToken, .refusedCall, .noSecretKey:
            return .failure(.connectionLost("the store server lost the gateway's answer: \(shortText(response.body))"))
        }
    }

    /// At most 200 characters of a body, for a message: the store server's own short text.
    static func shortText(_ body: Data) -> String {
        let text = String(decoding: body.prefix(800), as: UTF8.self)
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }
}
