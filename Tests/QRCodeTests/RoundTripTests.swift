import Foundation
import Testing
import TillTesting

@testable import QRCode

/// Renders with half blocks, turns the characters back into an image and has zbarimg (zbar-tools)
/// read it: the code a terminal shows must scan. Skipped without zbarimg, except on CI (CI=true),
/// where a missing zbarimg fails.
@Suite struct RoundTripTests {
    static let payloads = [
        "weixin://wxpay/bizpayurl?pr=6E4ptwz",
        "https://demo.tapin.tech/pay/EW2021122800029?sign=9f2c1e7b5a4d3c2b1a0f9e8d7c6b5a49&t=1640678400",
        "https://pay.pomelopay.com/c/5e22e1037ac57f000841efff",
        "https://qr.alipay.com/bax03431ljhokirwl38f00a7?t=1712345678901&m=ACME-STORE-0042&amt=128.50&ref=x9Zq",
        "HELLO WORLD 0123456789",
        "東京の珈琲 1杯 480円 https://example.jp/o/1234567890",
        String(repeating: "https://example.com/receipt/0123456789?", count: 20),
    ]

    @Test func zbarimgIsThereOnCI() {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            #expect(ZBar.path != nil, "zbarimg is missing: apt-get install -y zbar-tools (scripts/setup does it)")
        }
    }

    @Test(arguments: payloads, [InkPolarity.lightInk, .darkInk])
    func halfBlockTextScans(_ payload: String, polarity: InkPolarity) throws {
        guard ZBar.path != nil else { return }
        let matrix = try QREncoder.encode(text: payload, ecc: .medium)
        let lines = HalfBlockRenderer(quietZone: 4, polarity: polarity).lines(matrix)
        let image = Self.portableGraymap(lines: lines, polarity: polarity, pixelsPerModule: 4)
        let decoded = try ZBar.decode(image, fileExtension: "pgm")
        #expect(decoded == payload)
    }

    /// UTF-8 beyond ASCII and kanji: readers guess a byte segment's character set (zbar takes
    /// this for Shift JIS) unless the ECI designator says UTF-8.
    @Test func utf8WithECIScans() throws {
        guard ZBar.path != nil else { return }
        let payload = "Grüße aus Zürich 東京 ☕ 50€"
        let matrix = try QREncoder.encode(text: payload, ecc: .medium, eci: true)
        let lines = HalfBlockRenderer(quietZone: 4, polarity: .lightInk).lines(matrix)
        #expect(try ZBar.decode(Self.portableGraymap(lines: lines, polarity: .lightInk, pixelsPerModule: 4), fileExtension: "pgm") == payload)
    }

    @Test func narrowQuietZoneAndAnsiStillScan() throws {
        guard ZBar.path != nil else { return }
        let payload = Self.payloads[3]
        let matrix = try QREncoder.encode(text: payload, ecc: .low, mask: 6)
        let lines = ANSIRenderer(quietZone: 2).lines(matrix).map {
            String($0.dropFirst(ANSIRenderer.colours.count).dropLast(ANSIRenderer.reset.count))
        }
        let image = Self.portableGraymap(lines: lines, polarity: .darkInk, pixelsPerModule: 3)
        #expect(try ZBar.decode(image, fileExtension: "pgm") == payload)
    }

    /// A binary PGM of the text: each half-block cell becomes two modules, each module a square of
    /// pixels, black where the module is dark.
    static func portableGraymap(lines: [String], polarity: InkPolarity, pixelsPerModule scale: Int) -> Data {
        let halves = RendererTests.inkedHalves(lines)
        let width = halves[0].count * scale
        let height = halves.count * scale
        var pixels = Data("P5\n\(width) \(height)\n255\n".utf8)
        for row in halves {
            var line = [UInt8]()
            for inked in row {
                let dark = polarity == .darkInk ? inked : !inked
                line.append(contentsOf: repeatElement(dark ? 0 : 255, count: scale))
            }
            for _ in 0..<scale { pixels.append(contentsOf: line) }
        }
        return pixels
    }
}
