import Foundation
import QRImageReader
import Testing

@testable import QRCode

/// The PNG reader: images from Till's own writer and from qrencode read back to their text, and
/// hostile files refused with an error (never a crash or a huge allocation).
@Suite struct QRImageReaderTests {
    @Test(arguments: [
        "https://pay.pomelopay.com/checkout/5e22e1037ac57f000841efff",
        "HELLO WORLD 0123456789",
        String(repeating: "https://example.com/receipt/0123456789?", count: 20),
    ])
    func tillsOwnPNGReadsBack(_ payload: String) throws {
        let png = PNGRenderer(quietZone: 4, moduleSize: 4).render(try QREncoder.encode(text: payload, ecc: .medium))
        #expect(try QRImageReader.decodeQR(png: png) == payload)
    }

    @Test func utf8WithECIReadsBack() throws {
        let payload = "Grüße aus Zürich 東京 ☕ 50€"
        let png = PNGRenderer(moduleSize: 3).render(try QREncoder.encode(text: payload, ecc: .medium, eci: true))
        #expect(try QRImageReader.decodeQR(png: png) == payload)
    }

    /// qrencode (Debian's qrencode package, installed by scripts/setup) writes its own kind of PNG:
    /// libpng converts it to grayscale before the QR is looked for.
    @Test func aPNGFromQrencodeReads() throws {
        guard let qrencode = TestImages.qrencode else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "qrencode is missing: run scripts/setup")
            return
        }
        let payload = "https://pay.pomelopay.com/checkout/qrencode-0042"
        let png = try TestImages.run(qrencode, ["-t", "PNG", "-s", "5", "-o", "-", payload])
        #expect(QRImageReader.isPNG(png))
        #expect(try QRImageReader.decodeQR(png: png) == payload)
    }

    /// Black modules on a transparent background, as a web page may serve them: composed onto white.
    @Test func transparencyIsComposedOntoWhite() throws {
        let payload = "ALPHA 42"
        let matrix = try QREncoder.encode(text: payload, ecc: .low)
        let png = TestImages.grayAlphaPNG(matrix, moduleSize: 4)
        #expect(try QRImageReader.decodeQR(png: png) == payload)
    }

    @Test func anImageWithoutAQRCodeIsRefused() {
        let blank = PNGRenderer.grayscale(width: 64, height: 48, pixels: [UInt8](repeating: 255, count: 64 * 48))
        #expect(throws: QRImageError.noQRCode) { try QRImageReader.decodeQR(png: blank) }
    }

    @Test func twoQRCodesAreRefused() throws {
        let png = try TestImages.sideBySide("FIRST CODE", "SECOND CODE", moduleSize: 4)
        #expect(throws: QRImageError.severalQRCodes) { try QRImageReader.decodeQR(png: png) }
    }

    @Test func aTruncatedFileIsRefused() throws {
        let png = PNGRenderer().render(try QREncoder.encode(text: "TRUNCATED", ecc: .low))
        // Every cut into the pixel data; only IEND alone may go missing (libpng stops after the rows).
        for length in [8, 20, 33, png.count / 2, png.count - 100] {
            #expect(throws: QRImageError.self) { try QRImageReader.decodeQR(png: Array(png.prefix(length))) }
        }
        do {
            _ = try QRImageReader.decodeQR(png: Array(png.prefix(png.count / 2)))
        } catch {
            guard case .unreadablePNG = error else {
                Issue.record("expected unreadablePNG, got \(error)")
                return
            }
            #expect(error.description.hasPrefix("The QR image is a damaged PNG file"))
        }
    }

    @Test func aWrongChecksumIsRefused() throws {
        var png = PNGRenderer().render(try QREncoder.encode(text: "CRC", ecc: .low))
        png[29] ^= 0xFF  // the first byte of IHDR's CRC
        #expect(throws: QRImageError.self) { try QRImageReader.decodeQR(png: png) }
    }

    @Test func somethingElseThanPNGIsRefused() {
        let html = Array("<!doctype html><html><body>pay here</body></html>".utf8)
        #expect(throws: QRImageError.notPNG) { try QRImageReader.decodeQR(png: html) }
        #expect(throws: QRImageError.notPNG) { try QRImageReader.decodeQR(png: []) }
        #expect(throws: QRImageError.notPNG) { try QRImageReader.decodeQR(png: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) }
    }

    /// A header that claims a huge image is refused before any pixel memory is taken.
    @Test(arguments: [(5000, 5000), (4097, 16), (16, 4097), (0x7FFF_FFFF, 0x7FFF_FFFF)])
    func hugeDimensionsAreRefused(_ width: Int, _ height: Int) {
        let png = TestImages.headerOnly(width: width, height: height)
        do {
            _ = try QRImageReader.decodeQR(png: png)
            Issue.record("a \(width) × \(height) image must be refused")
        } catch {
            // libpng itself refuses sides above its own limit (1 000 000) as unreadable.
            #expect(error == .imageTooLarge(width: width, height: height) || error.description.contains("damaged"), "\(error)")
        }
    }

    @Test func theLargestSideIsRead() throws {
        // 4096 pixels wide, 8 tall: allowed, and blank.
        let png = PNGRenderer.grayscale(width: 4096, height: 8, pixels: [UInt8](repeating: 255, count: 4096 * 8))
        #expect(throws: QRImageError.noQRCode) { try QRImageReader.decodeQR(png: png) }
    }

    @Test func aFileOverTwoMebibytesIsRefused() {
        let big = QRImageReader.pngSignature + [UInt8](repeating: 0, count: QRImageReader.maximumBytes)
        #expect(throws: QRImageError.fileTooLarge(bytes: big.count)) { try QRImageReader.decodeQR(png: big) }
    }

    @Test func everyErrorIsOneSentence() {
        let errors: [QRImageError] = [
            .fileTooLarge(bytes: 3_000_000), .notPNG, .unreadablePNG("IDAT: CRC error"),
            .imageTooLarge(width: 5000, height: 10), .noQRCode, .severalQRCodes, .unreadableText, .readerFailed("x"),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."))
            #expect(error.description.contains(":"), "says what to do: \(error.description)")
        }
    }
}
