import Foundation
import Synchronization
import TillCore

/// Stands in for webhook receivers: records every request and answers from a script (the last
/// scripted answer repeats).
final class RecordingTransport: HTTPTransport {
    private let state = Mutex<(requests: [HTTPRequest], script: [Result<HTTPResponse, TransportError>])>(([], []))

    init(answers: [Result<HTTPResponse, TransportError>] = [.success(HTTPResponse(status: 200, body: Data("SUCCESS".utf8)))]) {
        state.withLock { $0.script = answers }
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let answer = state.withLock { state -> Result<HTTPResponse, TransportError> in
            state.requests.append(request)
            let answer = state.script.first ?? .success(HTTPResponse(status: 200))
            if state.script.count > 1 { state.script.removeFirst() }
            return answer
        }
        return try answer.get()
    }
}
