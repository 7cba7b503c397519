import Foundation
import Testing
import TillCore
import Wire

/// Random documents survive writing and reading unchanged, numbers included.
@Suite("Exact JSON round trips")
struct JSONRoundTripTests {
    struct Maker {
        var generator: SplitMix64

        mutating func pick(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }

        mutating func number() -> String {
            let integer = String(generator.next() % 1_000_000)
            switch pick(4) {
            case 0: return integer
            case 1: return "-" + integer
            case 2: return integer + "." + String(format: "%02d", pick(100))
            default: return integer + "e" + String(pick(20))
            }
        }

        mutating func text() -> String {
            let pieces = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "é", "日", "😀", "\u{7F}"]
            return (0..<pick(12)).map { _ in pieces[pick(pieces.count)] }.joined()
        }

        mutating func value(depth: Int) -> JSONValue {
            switch depth > 3 ? pick(4) : pick(6) {
            case 0: return .null
            case 1: return .bool(pick(2) == 0)
            case 2: return .number(number())
            case 3: return .string(text())
            case 4: return .array((0..<pick(5)).map { _ in value(depth: depth + 1) })
            default:
                return .object((0..<pick(5)).map { _ in (key: text(), value: value(depth: depth + 1)) })
            }
        }
    }

    @Test func writtenDocumentsReadBackIdentically() throws {
        var maker = Maker(generator: SplitMix64(seed: 2026))
        for _ in 0..<500 {
            let value = maker.value(depth: 0)
            #expect(try JSONReader.parse(JSONWriter.text(value)) == value)
        }
    }
}
