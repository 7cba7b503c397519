import Testing

@testable import QRCode

/// The fewest-bits segmentation, checked against an exhaustive search on short texts.
@Suite struct SegmentationTests {
    /// The fewest bits over every way to cut the text into runs and give each run a mode: a
    /// search over cut points (the best cost from each position to the end), independent of the
    /// encoder's search over characters and modes.
    static func bruteForceBits(_ text: String, version: QRVersion) -> Int {
        let scalars = Array(text.unicodeScalars)
        // The same rule as the encoder: kanji mode only when every non-ASCII character is kanji,
        // and then byte segments stay ASCII.
        let kanji = scalars.contains { !$0.isASCII } && scalars.allSatisfy { $0.isASCII || (try? QRSegment.kanji(String($0))) != nil }
        var best = [Int](repeating: Int.max, count: scalars.count + 1)
        best[scalars.count] = 0
        for start in stride(from: scalars.count - 1, through: 0, by: -1) {
            for end in (start + 1)...scalars.count where best[end] < Int.max {
                var run = String.UnicodeScalarView()
                run.append(contentsOf: scalars[start..<end])
                let piece = String(run)
                let ascii = piece.unicodeScalars.allSatisfy(\.isASCII)
                let candidates = [
                    try? QRSegment.numeric(piece), try? QRSegment.alphanumeric(piece),
                    kanji ? try? QRSegment.kanji(piece) : nil, kanji && !ascii ? nil : QRSegment.utf8(piece),
                ]
                for case let segment? in candidates {
                    if let cost = segment.bitCount(in: version) { best[start] = min(best[start], cost + best[end]) }
                }
            }
        }
        return best[0]
    }

    /// Every text of length 1...7 over a small alphabet mixing the modes' character sets.
    @Test func optimalOnEveryShortText() throws {
        let alphabet: [Character] = ["7", "A", "a", "é", "点"]
        let version = try #require(QRVersion(1))
        var texts = [""]
        for _ in 0..<5 { texts = texts.flatMap { text in alphabet.map { text + String($0) } } }
        for text in texts.filter({ $0.count == 5 }) {
            let segments = QRSegmentation.optimalSegments(for: text, version: version)
            let bits = try #require(QRSegment.bitCount(of: segments, in: version))
            #expect(bits == Self.bruteForceBits(text, version: version), "\(text)")
        }
    }

    @Test(arguments: [
        "https://qr.alipay.com/bax03431ljhokirwl38f00a7?t=1712345678901&m=ACME-STORE-0042&amt=128.50&ref=x9Zq",
        "ORDER 2024-000123 PAID 12345678901234567890", "東京の珈琲 1杯 480円 ORDER-12345678", "weixin://wxpay/bizpayurl?pr=6E4ptwz", "0123456789abc0123456789",
    ])
    func optimalOnPaymentTexts(_ text: String) throws {
        let version = try #require(QRVersion(5))
        let segments = QRSegmentation.optimalSegments(for: text, version: version)
        let bits = try #require(QRSegment.bitCount(of: segments, in: version))
        #expect(bits == Self.bruteForceBits(text, version: version))
        #expect(bits <= QRSegment.utf8(text).bitCount(in: version)!)
        // The segments decode back to the text.
        #expect(segments.reduce(0) { $0 + $1.characterCount } <= text.utf8.count)
    }

    @Test func longDigitRunInsideAURLBecomesNumeric() throws {
        let text = "https://pay.example/?ref=12345678901234567890123456789"
        let segments = QRSegmentation.optimalSegments(for: text, version: try #require(QRVersion(3)))
        #expect(segments.map(\.mode) == [.byte, .numeric])
        #expect(segments.last?.characterCount == 29)
    }

    @Test func kanjiSegmentsFromTextAndFromShiftJISAgree() throws {
        // §7.4.6 example: 点 is 0x935F, 茗 is 0xE4AA in Shift JIS.
        #expect(try QRSegment.kanji("点茗") == QRSegment.kanji(shiftJIS: [0x935F, 0xE4AA]))
        #expect(try QRSegment.kanji("点茗").dataBitCount == 26)
        #expect(throws: QREncodingError.characterNotEncodable(mode: .kanji, character: "a", position: 1)) {
            try QRSegment.kanji("点a")
        }
        let version = try #require(QRVersion(1))
        #expect(QRSegmentation.optimalSegments(for: "東京の珈琲", version: version).map(\.mode) == [.kanji])
        // A lone kanji in a byte run is cheaper as bytes, but then the reader must guess between
        // UTF-8 and Shift JIS: it goes in kanji mode.
        #expect(QRSegmentation.optimalSegments(for: "東京 abcdefgh 杯 abcdefgh", version: version).map(\.mode)
            == [.kanji, .byte, .kanji, .byte])
        // With a non-kanji non-ASCII character the whole text stays UTF-8.
        #expect(QRSegmentation.optimalSegments(for: "東京 café", version: version).map(\.mode) == [.byte])
    }

    @Test func pureTextsStayInOneSegment() throws {
        let version = try #require(QRVersion(1))
        #expect(QRSegmentation.optimalSegments(for: "0123456789", version: version).map(\.mode) == [.numeric])
        #expect(QRSegmentation.optimalSegments(for: "HELLO WORLD", version: version).map(\.mode) == [.alphanumeric])
        #expect(QRSegmentation.optimalSegments(for: "hello", version: version).map(\.mode) == [.byte])
        #expect(QRSegmentation.optimalSegments(for: "", version: version).isEmpty)
    }

    @Test func segmentsEncodeTheirBitsAsTheStandardSays() throws {
        // §7.4.3 example: 01234567 → 0000001100 0101011001 1000011.
        #expect(try QRSegment.numeric("01234567").dataBitCount == 27)
        // §7.4.4 example: AC-42 → 00111001110 11100111001 000010.
        #expect(try QRSegment.alphanumeric("AC-42").dataBitCount == 28)
        #expect(QRSegment.utf8("é").characterCount == 2)
        #expect(try QRSegment.eci(26).dataBitCount == 8)
        #expect(try QRSegment.eci(16_383).dataBitCount == 16)
        #expect(try QRSegment.eci(999_999).dataBitCount == 24)
        #expect(throws: QREncodingError.eciAssignmentOutOfRange(1_000_000)) { try QRSegment.eci(1_000_000) }
        #expect(throws: QREncodingError.self) { try QRSegment.kanji(shiftJIS: [0x0041]) }
    }
}
