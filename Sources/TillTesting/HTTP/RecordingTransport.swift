import Foundation
import Synchronization
import Wire

/// Stands in for the other end of a transport (a gateway for a connector, a merchant's server for the
/// sandbox's webhooks): records every request and answers from a script, in order; once the script is
/// used up, with one answer for ever.
public final class RecordingTransport: HTTPTransport {
    /// What a transport with nothing left to say answers: no gateway sends 599, so a test that forgot
    /// an answer fails on it.
    public static let unscripted = HTTPResponse(status: 599, body: Data("no scripted answer".utf8))
    /// What a merchant's webhook receiver answers when it took a delivery.
    public static let received = HTTPResponse(status: 200, body: Data("SUCCESS".utf8))

    private struct State {
        var requests: [HTTPRequest] = []
        var script: [Result<HTTPResponse, TransportError>]
        let last: Result<HTTPResponse, TransportError>
    }

    private let state: Mutex<State>

    /// Answers `answers` in order, then `last` for every request after them.
    public init(
        answers: [Result<HTTPResponse, TransportError>] = [], thenAlways last: Result<HTTPResponse, TransportError> = .success(unscripted)
    ) {
        state = Mutex(State(script: answers, last: last))
    }

    /// A webhook receiver that answers every delivery with `answer`.
    public static func receiver(answering answer: HTTPResponse = received) -> RecordingTransport {
        RecordingTransport(thenAlways: .success(answer))
    }

    /// Queues an answer with `body`.
    public func answer(_ body: String, status: Int = 200) {
        state.withLock { $0.script.append(.success(HTTPResponse(status: status, body: Data(body.utf8)))) }
    }

    /// Queues a transport failure.
    public func fail(_ error: TransportError) {
        state.withLock { $0.script.append(.failure(error)) }
    }

    /// Every request, in the order sent.
    public var requests: [HTTPRequest] { state.withLock { $0.requests } }
    /// How many scripted answers no request has taken yet.
    public var unusedAnswers: Int { state.withLock { $0.script.count } }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let next = state.withLock { state -> Result<HTTPResponse, TransportError> in
            state.requests.append(request)
            return state.script.isEmpty ? state.last : state.script.removeFirst()
        }
        return try next.get()
    }
}
