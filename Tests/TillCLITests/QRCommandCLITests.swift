import Foundation
import Testing
import TillTesting

/// `till qr` run as the built binary (.build/debug/till): exit codes, exact standard output.
@Suite struct QRCommandCLITests {
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static let binary = TillBinary.url

    static func run(_ arguments: [String], input: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(input ?? Data())
        try standardInput.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
            standardError: String(decoding: err, as: UTF8.self))
    }

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build first: swift build")
    }

    @Test func matrixFormatIsOneLinePerModuleRowAndNothingElse() throws {
        let outcome = try Self.run(["qr", "HELLO WORLD", "--ecc", "Q", "--format", "matrix", "--mask", "3"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        let rows = lines.dropLast()
        #expect(rows.count == 21)
        #expect(rows.allSatisfy { $0.count == 21 && $0.allSatisfy { $0 == "0" || $0 == "1" } })
        // The top-left finder pattern: a dark row of 7, then dark-light×5-dark.
        #expect(rows.first?.hasPrefix("11111110") == true)
        #expect(rows.dropFirst().first?.hasPrefix("10000010") == true)
    }

    /// The same matrix as Nayuki's reference for the Pomelo link at M, in byte mode
    /// (Tests/QRCodeTests/Fixtures/golden-matrices.txt, case gateway-pomelo-M).
    @Test func matrixOfAGatewayLinkIsTheReferences() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QRCodeTests/Fixtures/golden-matrices.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let block = try #require(text.components(separatedBy: "case gateway-pomelo-M\n").dropFirst().first)
        let hexRows = block.components(separatedBy: "\nend")[0].split(separator: "\n").filter { $0.hasPrefix("row ") }
        let size = hexRows.count
        let expected = hexRows.map { row in
            String(row.dropFirst(4).flatMap { digit -> [Character] in
                let value = Int(String(digit), radix: 16)!
                return (0..<4).map { value >> (3 - $0) & 1 == 1 ? "1" : "0" }
            }.prefix(size))
        }
        let outcome = try Self.run(["qr", "--mode", "byte", "--ecc", "M", "--format", "matrix",
                                    "https://pay.pomelopay.com/c/5e22e1037ac57f000841efff"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == expected.map { $0 + "\n" }.joined())
    }

    @Test func verboseGoesToStandardError() throws {
        let outcome = try Self.run(["qr", "--format", "matrix", "--verbose", "--ecc", "H", "--mask", "5", "01234567"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains("version 1"))
        #expect(outcome.standardError.contains("ECC H"))
        #expect(outcome.standardError.contains("mask 5"))
        #expect(outcome.standardOutput.split(separator: "\n").count == 21)
    }

    @Test func standardInputIsOnePayloadWithoutItsNewline() throws {
        let piped = try Self.run(["qr", "--format", "matrix"], input: Data("weixin://wxpay/bizpayurl?pr=6E4ptwz\n".utf8))
        let argument = try Self.run(["qr", "--format", "matrix", "weixin://wxpay/bizpayurl?pr=6E4ptwz"])
        #expect(piped.status == 0)
        #expect(piped.standardOutput == argument.standardOutput)
    }

    @Test func utf8AndAnsiFormats() throws {
        let utf8 = try Self.run(["qr", "hi", "--quiet-zone", "1"])
        #expect(utf8.status == 0)
        let lines = utf8.standardOutput.split(separator: "\n")
        #expect(lines.count == 12)  // 21 + 2 = 23 module rows
        #expect(lines.allSatisfy { $0.unicodeScalars.count == 23 })
        let ansi = try Self.run(["qr", "hi", "--format", "ansi"])
        #expect(ansi.standardOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("\u{1B}[30;107m") && $0.hasSuffix("\u{1B}[0m") })
        let inverted = try Self.run(["qr", "hi", "--quiet-zone", "1", "--invert"])
        #expect(inverted.standardOutput != utf8.standardOutput)
        let svg = try Self.run(["qr", "hi", "--format", "svg"])
        #expect(svg.standardOutput.hasPrefix("<?xml"))
    }

    @Test(arguments: [
        (["qr", "x", "--ecc", "Z"], "error correction level"),
        (["qr", "x", "--mask", "8"], "0 to 7"),
        (["qr", "x", "--mask", "-1"], "0 to 7"),
        (["qr", "x", "--min-version", "5", "--max-version", "2"], "larger than"),
        (["qr", "x", "--max-version", "41"], "1 to 40"),
        (["qr", "x", "--quiet-zone", "0"], "quiet zone"),
        (["qr", "x", "--format", "png"], "format"),
        (["qr", "x", "--mode", "latin"], "mode"),
        (["qr", "東京x", "--mode", "kanji"], "Kanji mode"),
        (["qr", "12a", "--mode", "numeric"], "Numeric mode"),
        (["qr", "HELLO world", "--mode", "alphanumeric"], "Alphanumeric mode"),
        (["qr", String(repeating: "a", count: 100), "--max-version", "3"], "versions 1–3"),
    ])
    func badInputExitsWithTwo(arguments: [String], message: String) throws {
        let outcome = try Self.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }

    @Test func tooLongSaysCapacityAndLength() throws {
        let outcome = try Self.run(["qr", "--ecc", "H"], input: Data(String(repeating: "z", count: 1300).utf8))
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("1300 bytes"))
        #expect(outcome.standardError.contains("1273 bytes"))
    }

    @Test func emptyPayloadIsRefused() throws {
        let piped = try Self.run(["qr"], input: Data("\n".utf8))
        #expect(piped.status == 2)
        #expect(piped.standardError.contains("empty"))
        #expect(try Self.run(["qr", ""]).status == 2)
    }

    @Test func invalidUTF8OnStandardInput() throws {
        let outcome = try Self.run(["qr"], input: Data([0x61, 0xFF, 0xFE, 0x0A]))
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("UTF-8"))
        #expect(outcome.standardOutput.isEmpty)
    }
}
