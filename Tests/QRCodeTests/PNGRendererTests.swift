import Foundation
import Testing
import TillTesting

@testable import QRCode

/// The PNG writer: its checksums against published check values, its layout byte by byte, and the
/// whole file read by zbarimg (zbar-tools, through ImageMagick's own PNG reader) back to the text.
@Suite struct PNGRendererTests {
    @Test func crc32MatchesTheCheckValue() {
        // The CRC-32 check value of "123456789" (the catalogue of parametrised CRCs, CRC-32/ISO-HDLC).
        #expect(PNGChecksums.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(PNGChecksums.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func adler32MatchesKnownValues() {
        #expect(PNGChecksums.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(PNGChecksums.adler32([]) == 1)
        // Long runs of 0xFF push the sums past the point where they must be reduced.
        let long = [UInt8](repeating: 0xFF, count: 100_000)
        #expect(PNGChecksums.adler32(long) == Self.slowAdler32(long))
    }

    @Test func theFileHasSignatureHeaderAndEnd() throws {
        let matrix = try QREncoder.encode(text: "HELLO", ecc: .low)
        let png = PNGRenderer(quietZone: 4, moduleSize: 3).render(matrix)
        let side = (matrix.size + 8) * 3
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(png[8..<16]) == [0, 0, 0, 13] + Array("IHDR".utf8))
        #expect(Array(png[16..<24]) == [0, 0, UInt8(side >> 8), UInt8(side & 0xFF), 0, 0, UInt8(side >> 8), UInt8(side & 0xFF)])
        #expect(Array(png[24..<29]) == [8, 0, 0, 0, 0])
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }

    @Test func storedBlocksSplitAt65535Bytes() {
        let data = (0..<70_000).map { UInt8($0 % 251) }
        let stream = PNGRenderer.zlibStored(data)
        #expect(Array(stream.prefix(2)) == [0x78, 0x01])
        #expect((0x78 * 256 + 0x01) % 31 == 0)
        #expect(Array(stream[2..<7]) == [0, 0xFF, 0xFF, 0, 0])
        let second = 2 + 5 + 65_535
        #expect(Array(stream[second..<second + 5]) == [1, 0x71, 0x11, 0x8E, 0xEE])
        #expect(stream.count == 2 + 5 + 65_535 + 5 + 4_465 + 4)
        #expect(Array(stream.suffix(4)) == Self.bigEndian(PNGChecksums.adler32(data)))
    }

    @Test(arguments: [
        "https://pay.pomelopay.com/checkout/5e22e1037ac57f000841efff",
        "HELLO WORLD 0123456789",
        String(repeating: "https://example.com/receipt/0123456789?", count: 20),
    ])
    func zbarimgReadsTheText(_ payload: String) throws {
        guard ZBar.path != nil else { return }
        let matrix = try QREncoder.encode(text: payload, ecc: .medium)
        let png = PNGRenderer(quietZone: 4, moduleSize: 4).render(matrix)
        #expect(try ZBar.decode(Data(png), fileExtension: "png") == payload)
    }

    @Test func aGrayscaleImageOfWidthNotHeightIsReadRowByRow() throws {
        guard ZBar.path != nil else { return }
        let payload = "ROWS"
        let matrix = try QREncoder.encode(text: payload, ecc: .low)
        let square = PNGRenderer(quietZone: 4, moduleSize: 2)
        let side = square.pixelSide(of: matrix)
        // The symbol at the left of a wider image: a mistake in the row stride would shear it.
        let width = side + 37
        var pixels = [UInt8](repeating: 0xFF, count: width * side)
        for y in 0..<side {
            for x in 0..<side {
                let module = (x / 2 - 4, y / 2 - 4)
                if (0..<matrix.size).contains(module.0), (0..<matrix.size).contains(module.1), matrix[module.0, module.1] {
                    pixels[y * width + x] = 0
                }
            }
        }
        let png = PNGRenderer.grayscale(width: width, height: side, pixels: pixels)
        #expect(try ZBar.decode(Data(png), fileExtension: "png") == payload)
    }

    static func slowAdler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt64 = 1
        var b: UInt64 = 0
        for byte in bytes {
            a = (a + UInt64(byte)) % 65521
            b = (b + a) % 65521
        }
        return UInt32(b << 16 | a)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
