import QRCode
import Testing

/// Bit-for-bit agreement with Nayuki's reference encoder, mask choice included.
@Suite struct GoldenMatrixTests {
    @Test(arguments: GoldenFixtures.cases)
    func sameSegmentsGiveTheReferenceMatrix(_ golden: GoldenCase) throws {
        let segments = try golden.segments()
        let result = Result { () throws(QREncodingError) -> QRMatrix in
            try QREncoder.encode(
                segments: segments, ecc: golden.ecc, minVersion: golden.minVersion, maxVersion: golden.maxVersion,
                mask: golden.mask, boost: golden.boost)
        }
        guard let expected = golden.expected else {
            #expect(throws: QREncodingError.self) { try result.get() }
            return
        }
        let matrix = try result.get()
        #expect(matrix.version.number == expected.version)
        #expect(matrix.errorCorrectionLevel == expected.ecc)
        #expect(matrix.mask == expected.mask)
        #expect(matrix.size == expected.rows.count)
        let rows = matrix.bitRows
        for (y, row) in expected.rows.enumerated() where y < rows.count && rows[y] != row {
            Issue.record("row \(y) differs:\n  got      \(rows[y])\n  expected \(row)")
            break
        }
    }

    /// The text API with a named mode makes one segment of that mode: the reference's matrix.
    @Test(arguments: GoldenFixtures.cases.filter { ["numeric", "alphanumeric", "byte"].contains($0.mode) && $0.expected != nil })
    func namedModeGivesTheReferenceMatrix(_ golden: GoldenCase) throws {
        let mode: QRTextMode = golden.mode == "numeric" ? .numeric : golden.mode == "alphanumeric" ? .alphanumeric : .byte
        let expected = try #require(golden.expected)
        let matrix = try QREncoder.encode(
            text: golden.text, ecc: golden.ecc, mode: mode, minVersion: golden.minVersion, maxVersion: golden.maxVersion,
            mask: golden.mask, boost: golden.boost)
        #expect(matrix.mask == expected.mask)
        #expect(matrix.bitRows == expected.rows)
    }

    @Test(arguments: GoldenFixtures.cases.filter { ["numeric", "alphanumeric", "byte"].contains($0.mode) })
    func automaticModeIsNeverLargerThanTheReference(_ golden: GoldenCase) throws {
        let text = golden.text
        guard let expected = golden.expected else {
            // The reference found it too long in one segment; automatic mode may fit it, but only
            // in the allowed range.
            if let matrix = try? QREncoder.encode(
                text: text, ecc: golden.ecc, minVersion: golden.minVersion, maxVersion: golden.maxVersion)
            {
                #expect((golden.minVersion...golden.maxVersion).contains(matrix.version.number))
            }
            return
        }
        let matrix = try QREncoder.encode(
            text: text, ecc: golden.ecc, mode: .automatic, minVersion: golden.minVersion,
            maxVersion: golden.maxVersion, mask: golden.mask, boost: golden.boost)
        #expect(matrix.version.number <= expected.version)
        #expect(matrix.errorCorrectionLevel >= golden.ecc)
    }

    /// The standard's kanji example, from text rather than from Shift JIS codes.
    @Test func kanjiTextGivesTheReferenceMatrix() throws {
        let golden = try #require(GoldenFixtures.cases.first { $0.name == "iso-7.4.6-kanji" })
        let expected = try #require(golden.expected)
        let matrix = try QREncoder.encode(text: "点茗", ecc: golden.ecc, mode: .kanji)
        #expect(matrix.bitRows == expected.rows)
        #expect(try QREncoder.encode(text: "点茗", ecc: golden.ecc).bitRows == expected.rows)
    }

    @Test func fixturesCoverWhatTheIssueAsks() {
        let names = GoldenFixtures.cases.map(\.name)
        for level in ["L", "M", "Q", "H"] { #expect(names.contains("ecc-\(level)-byte")) }
        for mask in 0..<8 { #expect(names.contains("mask-\(mask)-wide")) }
        let versions = Set(GoldenFixtures.cases.compactMap { $0.expected?.version })
        for version in [1, 2, 7, 10, 27, 40] { #expect(versions.contains(version), "version \(version)") }
        #expect(GoldenFixtures.cases.count > 100)
    }
}
