import Foundation
import Synchronization
import Testing
import TillCore

@testable import Gateways

/// A fake transport that records every request and answers from a script, in order.
final class RecordingTransport: HTTPTransport {
    private let state = Mutex<(requests: [HTTPRequest], script: [Result<HTTPResponse, TransportError>])>(([], []))

    init() {}

    /// Queues a JSON answer.
    func answer(_ body: String, status: Int = 200) {
        state.withLock { $0.script.append(.success(HTTPResponse(status: status, body: Data(body.utf8)))) }
    }

    /// Queues a transport failure.
    func fail(_ error: TransportError) {
        state.withLock { $0.script.append(.failure(error)) }
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }
    var unusedAnswers: Int { state.withLock { $0.script.count } }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let next = state.withLock { state -> Result<HTTPResponse, TransportError>? in
            state.requests.append(request)
            return state.script.isEmpty ? nil : state.script.removeFirst()
        }
        guard let next else { return HTTPResponse(status: 599, body: Data("no scripted answer".utf8)) }
        return try next.get()
    }
}

/// A clock the test moves by hand.
final class TestNow: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_700_000_000))
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
    var now: @Sendable () -> Date { { [self] in current.withLock { $0 } } }
}

let usd = Currency(code: "USD")!
let jpy = Currency(code: "JPY")!

func order(_ text: String = "T20261122093000ABCDEF") -> MerchantOrderNumber { MerchantOrderNumber(rawValue: text) }

extension HTTPRequest {
    /// The body as parsed JSON.
    var json: JSONValue? { try? JSONReader.parse(body) }
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// The error a call threw, or nil when it succeeded.
func gatewayError<T>(_ body: () async throws -> T) async -> GatewayError? {
    do {
        _ = try await body()
        return nil
    } catch let error as GatewayError {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
    }
}

/// Checks that a money-moving call ended with its outcome unknown (never a refusal) for `number`,
/// and that the reason names what the gateway said (`mentioning`).
func expectUnknownOutcome(
    _ error: GatewayError?, number: String, mentioning: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard case .unconfirmed(let order, let reason)? = error else {
        Issue.record("expected an unknown outcome, got \(String(describing: error))", sourceLocation: sourceLocation)
        return
    }
    #expect(order == number, sourceLocation: sourceLocation)
    #expect(reason.contains(mentioning), "reason: \(reason)", sourceLocation: sourceLocation)
}
