import Foundation
import Testing
import TillCore
import TillTesting
import Wire

@testable import Gateways

/// Invariants of the status tables: every gateway word lands on a state the machine can reach from
/// where a new attempt or refund starts, so mapping an answer never asks for an illegal move.
@Suite struct TablesTests {
    static let attemptTables: [(String, [String: AttemptState])] = [
        ("motp", MOTPStatusTable.payment), ("tapin", TapInStatusTable.payment), ("pomelo", PomeloStatusTable.payment),
        ("takemepay source", TakeMePayStatusTable.source), ("takemepay charge", TakeMePayStatusTable.charge),
    ]

    @Test func everyAttemptStateIsReachableFromCreated() {
        for (name, table) in Self.attemptTables {
            for (word, state) in table {
                #expect(AttemptState.created.canMove(to: state), "\(name) \(word) → \(state)")
            }
        }
    }

    @Test func everyRefundStateIsReachableFromRequested() {
        for (word, state) in MOTPStatusTable.refund.merging(
            TakeMePayStatusTable.refund, uniquingKeysWith: { a, _ in a })
        {
            #expect(RefundState.requested.canMove(to: state), "\(word) → \(state)")
        }
    }

    @Test func documentedWordsAreAllInTheTables() {
        // The documented words, and the wallets' micropay words a real MOTP passes through.
        #expect(
            Set(MOTPStatusTable.payment.keys) == [
                "SUCCESS", "USERPAYING", "FAIL", "CLOSED", "REVERSED", "NOTPAY", "PAYERROR", "REVOKED", "REFUND",
            ])
        #expect(Set(MOTPStatusTable.refund.keys).isSuperset(of: ["SUCCESS", "PROCESSING", "FAIL"]))
        #expect(Set(TapInStatusTable.payment.keys) == ["waiting pay", "pay success", "money release"])
        #expect(
            Set(PomeloStatusTable.payment.keys) == [
                "QR_CODE_GENERATED", "CONFIRMED", "CANCELLED", "REFUND_REQUESTED", "REFUNDED",
            ])
        #expect(Set(TakeMePayStatusTable.source.keys) == ["pending", "chargeable", "consumed", "failed", "canceled"])
        #expect(Set(TakeMePayStatusTable.charge.keys) == ["pending", "succeeded", "failed"])
        #expect(Set(TakeMePayStatusTable.refund.keys) == ["pending", "succeeded", "failed"])
    }

    @Test func errorTablesKeepTheRawCode() {
        let motp = MOTPErrors.cashierError(code: "AUTHCODEEXPIRE", message: "expired", status: 200)
        #expect(motp == .buyerCodeInvalid(GatewayRawError(code: "AUTHCODEEXPIRE", message: "expired")))
        #expect(
            MOTPErrors.cashierError(code: "WHATEVER", message: nil, status: 503)
                == .gatewayUnavailable(GatewayRawError(code: "WHATEVER")))
        #expect(
            TakeMePayErrors.cashierError(code: "amount_invalid", message: "m", status: 400)
                == .requestRefused(GatewayRawError(code: "amount_invalid", message: "m")))
        #expect(
            TakeMePayErrors.cashierError(code: nil, message: nil, status: 502)
                == .gatewayUnavailable(GatewayRawError(code: "HTTP 502")))
        #expect(
            PomeloErrors.cashierError(code: "PP-1", message: nil, status: 401)
                == .requestRefused(GatewayRawError(code: "PP-1")))
        #expect(
            TapInErrors.cashierError(code: 500, message: "later")
                == .gatewayUnavailable(GatewayRawError(code: "500", message: "later")))
    }

    @Test func aBrandTheGatewayDoesNotOfferIsNotOffered() async {
        let transport = RecordingTransport()
        let client = TapInClient(
            settings: TapInSettings(vendorID: 1, ssCode: Secret("s"), webhookURL: "https://x.example/h", currency: usd),
            transport: transport)
        let error = await gatewayError {
            try await client.startQRPayment(
                PaymentRequest(orderNumber: order(), amount: Money(minorUnits: 100, currency: usd), brand: .alipay))
        }
        #expect(error == .cashier(.notOffered(gateway: .tapin, what: "Alipay QR payments")))
        #expect(transport.requests.isEmpty)
    }
}

/// Random JSON documents survive write → read unchanged, numbers included, character for character.
@Suite struct JSONRoundTripTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomValue(depth: Int, using generator: inout SplitMix) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            let whole = String(Int64.random(in: -1_000_000...1_000_000, using: &generator))
            let fraction =
                Bool.random(using: &generator) ? "." + String(UInt.random(in: 0...999, using: &generator)) : ""
            return .number(whole + fraction)
        case 3:
            let scalars = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                ["a", "\"", "\\", "\n", "\u{01}", "é", "😀", "/", " "].randomElement(using: &generator)!
            }
            return .string(scalars.joined())
        case 4:
            return .array(
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    randomValue(depth: depth + 1, using: &generator)
                })
        default:
            return .object(
                (0..<Int.random(in: 0...4, using: &generator)).map { index in
                    ("k\(index)", randomValue(depth: depth + 1, using: &generator))
                })
        }
    }

    @Test func randomDocumentsRoundTrip() throws {
        var generator = SplitMix(state: 20_261_122)
        for _ in 0..<500 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let text = JSONWriter.text(value)
            #expect(try JSONReader.parse(text) == value, "\(text)")
        }
    }
}
