import TillCore
import Wire

/// What the sandbox does with one request: answer it, or (fault injection) never answer.
public enum SandboxOutcome: Sendable, Equatable {
    /// Send this answer, after waiting `delay` seconds (0 for none).
    case respond(HTTPResponse, delay: Double)
    /// Close the connection without processing the request.
    case dropConnection
    /// Process the request, then close the connection without answering: the answer is lost.
    case loseAnswer

    /// The answer, when there is one.
    public var response: HTTPResponse? {
        if case .respond(let response, _) = self { return response }
        return nil
    }
}
