import Synchronization
import Testing
import TillCore

@testable import Gateways

/// The one rule for requests that can move money, as a table: every way one send can end × every
/// answer the look-up by number can give → what the caller gets, and how often each was asked.
@Suite("IdempotentCreate: one send, then a look-up, never a second send")
struct IdempotentCreateTests {
    /// How the one send ends.
    enum SendEnd: String, CaseIterable, Sendable {
        case answered, numberUsed, timedOut, connectionLost, notSent, insecureURL
        case serverError, tooMany, systemError, unreadable, unknownCode, lostInside
        case declined, buyerCodeInvalid, refused

        /// True when this end settles the request by itself (no look-up).
        var settles: Bool {
            switch self {
            case .answered, .notSent, .insecureURL, .declined, .buyerCodeInvalid, .refused: true
            default: false
            }
        }

        func run() throws(ExchangeError) -> IdempotentCreate.Sent<String> {
            switch self {
            case .answered: return .answered("created")
            case .numberUsed: return .numberUsed
            case .timedOut: throw .transport(.timedOut)
            case .connectionLost: throw .transport(.connectionLost("reset"))
            case .notSent: throw .transport(.notSent("refused"))
            case .insecureURL: throw .transport(.insecureURL("http://example.com"))
            case .serverError: throw .gateway(.cashier(.gatewayUnavailable(GatewayRawError(code: "HTTP 500"))))
            case .tooMany: throw .gateway(.cashier(.gatewayUnavailable(GatewayRawError(code: "HTTP 429"))))
            case .systemError: throw .gateway(.cashier(.gatewayUnavailable(GatewayRawError(code: "SYSTEMERROR"))))
            case .unreadable: throw .gateway(.cashier(.unexpectedAnswer(GatewayRawError(code: "HTTP 200"))))
            case .unknownCode: throw .gateway(.cashier(.unexpectedAnswer(GatewayRawError(code: "NEW"))))
            case .lostInside: throw .gateway(.unconfirmed(orderNumber: "N1", reason: "lost further down"))
            case .declined: throw .gateway(.cashier(.declined(GatewayRawError(code: "NOTENOUGH"))))
            case .buyerCodeInvalid: throw .gateway(.cashier(.buyerCodeInvalid(nil)))
            case .refused: throw .gateway(.cashier(.requestRefused(GatewayRawError(code: "9"))))
            }
        }
    }

    /// What the look-up by number answers.
    enum LookUpEnd: String, CaseIterable, Sendable {
        case found, notFound, fails

        func run() throws(ExchangeError) -> String? {
            switch self {
            case .found: return "found"
            case .notFound: return nil
            case .fails: throw .transport(.timedOut)
            }
        }
    }

    static let table: [(SendEnd, LookUpEnd)] = SendEnd.allCases.flatMap { send in LookUpEnd.allCases.map { (send, $0) } }

    @Test(arguments: table)
    func oneSendThenALookUp(_ send: SendEnd, _ lookUp: LookUpEnd) async {
        let counts = Mutex((sends: 0, lookUps: 0))
        let result: Result<String, GatewayError>
        do {
            let answer = try await IdempotentCreate.run(number: "N1") { () throws(ExchangeError) in
                counts.withLock { $0.sends += 1 }
                return try send.run()
            } lookUp: { () throws(ExchangeError) in
                counts.withLock { $0.lookUps += 1 }
                return try lookUp.run()
            }
            result = .success(answer)
        } catch {
            result = .failure(error)
        }
        let (sends, lookUps) = counts.withLock { ($0.sends, $0.lookUps) }
        #expect(sends == 1, "never a second send")
        #expect(lookUps == (send.settles ? 0 : 1))
        switch (send.settles, send, lookUp, result) {
        case (true, .answered, _, .success(let answer)):
            #expect(answer == "created")
        case (true, _, _, .failure(let error)):
            #expect(error.settlesRequest, "a settling end is thrown as the refusal it is: \(error)")
        case (false, _, .found, .success(let answer)):
            #expect(answer == "found")
        case (false, _, .notFound, .failure(.unconfirmed(let order, _))),
            (false, _, .fails, .failure(.unconfirmed(let order, _))):
            #expect(order == "N1")
        default:
            Issue.record("unexpected result \(result) for \(send) then \(lookUp)")
        }
    }

    /// A look-up that finds the order in a form the caller cannot use says so in its own words.
    @Test func aFoundButUnusableOrderKeepsItsReason() async {
        do {
            _ = try await IdempotentCreate.run(number: "N2") { () throws(ExchangeError) -> IdempotentCreate.Sent<String> in
                throw .transport(.timedOut)
            } lookUp: { () throws(ExchangeError) -> String? in
                throw .gateway(.unconfirmed(orderNumber: "N2", reason: "the QR code answer was lost"))
            }
            Issue.record("expected an unknown outcome")
        } catch {
            #expect(error == .unconfirmed(orderNumber: "N2", reason: "the QR code answer was lost"))
        }
    }
}
