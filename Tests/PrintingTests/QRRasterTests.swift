import QRCode
import Testing

@testable import Printing

/// The receipt's QR code, printed as a raster image, must scan: zbarimg reads the decoded image.
/// A missing zbarimg fails the test (scripts/setup installs zbar-tools).
@Suite struct QRRasterTests {
    static let payloads = [
        "https://till.example/r/0042?s=9f2c1e7b5a4d",
        "RECEIPT 2026-12-05 0042 TOTAL 1000 JPY",
        String(repeating: "https://example.com/receipt/0123456789?", count: 8),
    ]

    static func image(_ payload: String, paper: PaperWidth) throws -> ESCPOSDecoder.Image {
        let document = PrintDocument([.text("Scan me"), .qrCode(payload), .text("Thank you")])
        let bytes = try ESCPOSEncoder(paper: paper, codepage: .raster).encode(document)
        let events = try ESCPOSDecoder.decode(bytes, codepage: .raster)
        let images = events.compactMap { event -> ESCPOSDecoder.Image? in
            if case .image(let image, .left) = event { return image }
            return nil
        }
        try #require(images.count == 1)
        #expect(ESCPOSDecoder.lines(events).map(\.text) == ["Scan me", "Thank you"])
        return images[0]
    }

    @Test(arguments: payloads, PaperWidth.allCases)
    func printedQRCodeScans(_ payload: String, paper: PaperWidth) throws {
        let image = try Self.image(payload, paper: paper)
        #expect(image.width == paper.dots)
        // Centered: as much white left of the first black dot as right of the last one (±1).
        let black = image.dots.flatMap { row in row.indices.filter { row[$0] } }
        let left = black.min() ?? 0
        let right = image.width - 1 - (black.max() ?? 0)
        #expect(abs(left - right) <= 1)
        #expect(try ZBar.decode(image) == payload)
    }

    /// The image is the matrix module for module, each module a square of dots inside the quiet zone.
    @Test func imageIsTheMatrix() throws {
        let payload = Self.payloads[0]
        let matrix = try QREncoder.encode(text: payload, ecc: .medium)
        let image = try Self.image(payload, paper: .mm58)
        let moduleDots = min(QRRaster.largestModule, PaperWidth.mm58.dots / (matrix.size + 8))
        let side = (matrix.size + 8) * moduleDots
        let margin = (PaperWidth.mm58.dots - side) / 2
        #expect(image.height == side)
        for y in 0..<image.height {
            for x in 0..<image.width {
                let inside = x >= margin && x < margin + side
                let dark = inside && matrix[(x - margin) / moduleDots - 4, y / moduleDots - 4]
                if image.dots[y][x] != dark {
                    Issue.record("dot (\(x), \(y)) differs")
                    return
                }
            }
        }
    }

    @Test func payloadTooLongForAnyQRCodeIsAnError() {
        let payload = String(repeating: "x", count: 3000)
        #expect(throws: PrinterError.self) {
            try ESCPOSEncoder(paper: .mm80, codepage: .raster).encode(PrintDocument([.qrCode(payload)]))
        }
    }
}
