import Foundation
import Synchronization
import Testing
import TillCore
import Wire

@testable import Gateways

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
