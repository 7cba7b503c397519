import Testing

@testable import QRCode

/// The standard's own numbers: Annex I's worked example, Table 1's capacities, the BCH tables of
/// Annexes C and D.
@Suite struct StandardTablesTests {
    /// ISO/IEC 18004 Annex I: "01234567" at 1-M, data and error correction codewords.
    @Test func annexIExampleCodewords() throws {
        let version = try #require(QRVersion(1))
        let data = CodewordSequence.dataCodewords([try QRSegment.numeric("01234567")], version: version, level: .medium)
        #expect(data == [
            0b0001_0000, 0b0010_0000, 0b0000_1100, 0b0101_0110, 0b0110_0001, 0b1000_0000, 0b1110_1100, 0b0001_0001,
            0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001,
        ])
        var ecc = [UInt8](repeating: 0, count: 10)
        ReedSolomonGenerator(degree: 10).remainder(of: data[...], into: &ecc)
        #expect(ecc == [
            0b1010_0101, 0b0010_0100, 0b1101_0100, 0b1100_0001, 0b1110_1101, 0b0011_0110, 0b1100_0111, 0b1000_0111,
            0b0010_1100, 0b0101_0101,
        ])
    }

    /// Table 1: total codewords; Table 7: data codewords at L and H.
    @Test(arguments: [(1, 26, 19, 9), (2, 44, 34, 16), (7, 196, 156, 66), (10, 346, 274, 122), (27, 1828, 1468, 628),
                      (40, 3706, 2956, 1276)])
    func capacities(version number: Int, total: Int, dataL: Int, dataH: Int) throws {
        let version = try #require(QRVersion(number))
        #expect(version.totalCodewordCount == total)
        #expect(version.dataCodewordCount(.low) == dataL)
        #expect(version.dataCodewordCount(.high) == dataH)
    }

    /// Table 1 counts 208 to 29648 data modules with remainder bits; remainders are 0, 7, 3 or 4.
    @Test func rawModulesLeaveTheStandardsRemainderBits() throws {
        let remainders = [0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3,
                          4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0]
        for number in QRVersion.range {
            let version = try #require(QRVersion(number))
            #expect(version.rawDataModuleCount % 8 == remainders[number - 1], "version \(number)")
        }
    }

    /// Annex C, Table C.1: a few format information bit sequences after masking.
    @Test(arguments: [(ErrorCorrectionLevel.medium, 0, 0x5412), (.low, 0, 0x77C4), (.high, 7, 0x083B),
                      (.quartile, 3, 0x3A06)])
    func formatInformation(level: ErrorCorrectionLevel, mask: Int, bits: Int) {
        #expect(FormatInformation.bits(level: level, maskPattern: mask) == UInt32(bits))
    }

    /// Annex D, Table D.1: version information bit sequences.
    @Test(arguments: [(7, 0x07C94), (8, 0x085BC), (21, 0x15683), (40, 0x28C69)])
    func versionInformation(version: Int, bits: Int) throws {
        #expect(VersionInformation.bits(version: try #require(QRVersion(version))) == UInt32(bits))
    }

    /// §7.5.2: α⁸ = α⁴ + α³ + α² + 1 = 29 in GF(2⁸) modulo 0x11D; every non-zero element has an inverse.
    @Test func galoisField() {
        #expect(GaloisField256.exponent[8] == 29)
        for value in 1...255 {
            let inverse = GaloisField256.exponent[(255 - GaloisField256.logarithm[value]) % 255]
            #expect(GaloisField256.multiply(UInt8(value), inverse) == 1)
        }
    }

    @Test func errorCorrectionLevelLetters() {
        #expect(ErrorCorrectionLevel.allCases.map(\.letter) == ["L", "M", "Q", "H"])
        #expect(ErrorCorrectionLevel(letter: "q") == .quartile)
        #expect(ErrorCorrectionLevel(letter: "X") == nil)
    }
}
