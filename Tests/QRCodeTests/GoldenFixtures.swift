import Foundation
import QRCode
import Testing

/// One case of Fixtures/golden-matrices.txt, made by Nayuki's reference encoder (scripts/gen-qr-fixtures).
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let mode: String
    let payload: [UInt8]
    let ecc: ErrorCorrectionLevel
    let mask: Int?
    let minVersion: Int
    let maxVersion: Int
    let boost: Bool
    /// nil when the reference found the payload too long.
    let expected: Expected?

    struct Expected: Sendable {
        let version: Int
        let ecc: ErrorCorrectionLevel
        let mask: Int
        /// One string of 0 and 1 per module row.
        let rows: [String]
    }

    var testDescription: String { name }

    var text: String { String(decoding: payload, as: UTF8.self) }

    /// The segments the reference encoded.
    func segments() throws -> [QRSegment] {
        switch mode {
        case "numeric": return [try QRSegment.numeric(text)]
        case "alphanumeric": return [try QRSegment.alphanumeric(text)]
        case "byte": return [QRSegment.bytes(payload)]
        case "eci-utf8": return [try QRSegment.eci(QRSegment.utf8ECIAssignment), QRSegment.bytes(payload)]
        case "kanji":
            let codes = stride(from: 0, to: payload.count, by: 2).map { UInt16(payload[$0]) << 8 | UInt16(payload[$0 + 1]) }
            return [try QRSegment.kanji(shiftJIS: codes)]
        default: throw FixtureError("unknown mode \(mode)")
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum GoldenFixtures {
    static let cases: [GoldenCase] = {
        do { return try load() } catch { fatalError("cannot read the golden fixtures: \(error)") }
    }()

    static func load() throws -> [GoldenCase] {
        guard let url = Bundle.module.url(forResource: "golden-matrices", withExtension: "txt", subdirectory: "Fixtures") else {
            throw FixtureError("Fixtures/golden-matrices.txt is missing from the test bundle")
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        var cases: [GoldenCase] = []
        var fields: [String: [Substring]] = [:]
        var rows: [String] = []
        for line in lines where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            switch parts[0] {
            case "case":
                fields = ["case": Array(parts.dropFirst())]
                rows = []
            case "row":
                rows.append(bits(ofHex: parts[1]))
            case "end":
                cases.append(try makeCase(fields, rows: rows))
            default:
                fields[String(parts[0])] = Array(parts.dropFirst())
            }
        }
        return cases
    }

    private static func makeCase(_ fields: [String: [Substring]], rows: [String]) throws -> GoldenCase {
        guard let name = fields["case"]?.first, let input = fields["input"], let options = fields["options"],
            let result = fields["result"], options.count == 5
        else { throw FixtureError("incomplete case \(fields)") }
        let payload = input.count > 1 ? bytes(ofHex: input[1]) : []
        let mask = Int(options[1])!
        var expected: GoldenCase.Expected?
        if result.first != "too-long" {
            let size = rows.count
            expected = GoldenCase.Expected(
                version: Int(result[0])!, ecc: ErrorCorrectionLevel(letter: result[1])!, mask: Int(result[2])!,
                rows: rows.map { String($0.prefix(size)) })
        }
        return GoldenCase(
            name: String(name), mode: String(input[0]), payload: payload,
            ecc: ErrorCorrectionLevel(letter: options[0])!, mask: mask < 0 ? nil : mask,
            minVersion: Int(options[2])!, maxVersion: Int(options[3])!, boost: options[4] == "1", expected: expected)
    }

    private static func bytes(ofHex hex: Substring) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    private static func bits(ofHex hex: Substring) -> String {
        hex.map { digit in
            let value = Int(String(digit), radix: 16)!
            return String((0..<4).map { value >> (3 - $0) & 1 == 1 ? "1" : "0" })
        }.joined()
    }
}

extension QRMatrix {
    /// The matrix as the fixtures write it: one string of 0 and 1 per row.
    var bitRows: [String] {
        (0..<size).map { y in String((0..<size).map { x in self[x, y] ? "1" : "0" }) }
    }
}
