/// How `QREncoder.encode(text:)` turns text into segments.
public enum QRTextMode: String, Sendable, CaseIterable {
    /// The segmentation with the fewest bits (``QRSegmentation``): numeric, alphanumeric and
    /// UTF-8 byte segments mixed as the text calls for.
    case automatic = "auto"
    /// One numeric segment; only digits 0–9.
    case numeric
    /// One alphanumeric segment; only 0–9, A–Z, space and `$ % * + - . / :`.
    case alphanumeric
    /// One byte segment of the text's UTF-8 bytes.
    case byte
    /// One kanji segment; only the Japanese characters of Shift JIS (JIS X 0208).
    case kanji
}

/// The QR Code Model 2 encoder of ISO/IEC 18004: text or segments in, a ``QRMatrix`` out.
///
/// It picks the smallest version in the allowed range that holds the data at the requested error
/// correction level, optionally raises the level while the version stays the same ("boost"),
/// and chooses the mask with the lowest penalty score unless one is forced.
public enum QREncoder {
    /// Encodes a text.
    ///
    /// - Parameters:
    ///   - text: the payload.
    ///   - ecc: the error correction level (the minimum one when `boost` is on).
    ///   - mode: how to cut the text into segments; a named mode makes one segment of that mode
    ///     and throws if the text does not fit it.
    ///   - minVersion: the smallest version to use, 1...40.
    ///   - maxVersion: the largest version to use, minVersion...40.
    ///   - mask: a mask pattern 0...7 to force, or nil to choose by penalty score.
    ///   - boost: raise the error correction level as far as the chosen version allows.
    ///   - eci: start with an ECI designator declaring UTF-8 (assignment 26).
    /// - Throws: ``QREncodingError`` when the text does not fit or a parameter is out of range.
    public static func encode(
        text: String, ecc: ErrorCorrectionLevel = .medium, mode: QRTextMode = .automatic,
        minVersion: Int = 1, maxVersion: Int = 40, mask: Int? = nil, boost: Bool = false, eci: Bool = false
    ) throws(QREncodingError) -> QRMatrix {
        let versions = try validVersionRange(minVersion, maxVersion)
        if let mask, !(0...7).contains(mask) { throw .invalidMask(mask) }
        let prefix = eci ? [try QRSegment.eci(QRSegment.utf8ECIAssignment)] : []
        switch mode {
        case .automatic:
            var lastTried: [QRSegment] = []
            // The best segmentation depends on the width of the count indicators: try each class.
            for versionClass in 0..<3 {
                let classVersions = [1...9, 10...26, 27...40][versionClass].clamped(to: versions)
                guard !classVersions.isEmpty else { continue }
                let segments = prefix + QRSegmentation.optimalSegments(for: text, versionClass: versionClass)
                lastTried = segments
                if let version = smallestVersion(for: segments, level: ecc, in: classVersions) {
                    return build(segments, version: version, level: ecc, mask: mask, boost: boost)
                }
            }
            throw tooLongError(lastTried, level: ecc, versions: versions, lengthInBytes: text.utf8.count)
        case .numeric, .alphanumeric, .byte, .kanji:
            let segment: QRSegment
            switch mode {
            case .numeric: segment = try .numeric(text)
            case .alphanumeric: segment = try .alphanumeric(text)
            case .kanji: segment = try .kanji(text)
            default: segment = .utf8(text)
            }
            return try encode(segments: prefix + [segment], ecc: ecc, minVersion: minVersion, maxVersion: maxVersion,
                              mask: mask, boost: boost)
        }
    }

    /// Encodes raw bytes as one byte mode segment.
    public static func encode(
        bytes: [UInt8], ecc: ErrorCorrectionLevel = .medium, minVersion: Int = 1, maxVersion: Int = 40,
        mask: Int? = nil, boost: Bool = false
    ) throws(QREncodingError) -> QRMatrix {
        try encode(segments: [.bytes(bytes)], ecc: ecc, minVersion: minVersion, maxVersion: maxVersion,
                   mask: mask, boost: boost)
    }

    /// Encodes segments as given, in the smallest version of the range that holds them.
    public static func encode(
        segments: [QRSegment], ecc: ErrorCorrectionLevel = .medium, minVersion: Int = 1, maxVersion: Int = 40,
        mask: Int? = nil, boost: Bool = false
    ) throws(QREncodingError) -> QRMatrix {
        let versions = try validVersionRange(minVersion, maxVersion)
        if let mask, !(0...7).contains(mask) { throw .invalidMask(mask) }
        guard let version = smallestVersion(for: segments, level: ecc, in: versions) else {
            let byteCount = segments.filter { $0.mode == .byte }.reduce(0) { $0 + $1.characterCount }
            throw tooLongError(segments, level: ecc, versions: versions, lengthInBytes: byteCount)
        }
        return build(segments, version: version, level: ecc, mask: mask, boost: boost)
    }

    private static func validVersionRange(_ minVersion: Int, _ maxVersion: Int) throws(QREncodingError) -> ClosedRange<Int> {
        guard QRVersion.range.contains(minVersion), QRVersion.range.contains(maxVersion), minVersion <= maxVersion else {
            throw .invalidVersionRange(min: minVersion, max: maxVersion)
        }
        return minVersion...maxVersion
    }

    /// The smallest version in the range whose data capacity holds the segments.
    static func smallestVersion(for segments: [QRSegment], level: ErrorCorrectionLevel, in versions: ClosedRange<Int>) -> QRVersion? {
        for number in versions {
            let version = QRVersion(unchecked: number)
            if let bits = QRSegment.bitCount(of: segments, in: version), bits <= version.dataCodewordCount(level) * 8 {
                return version
            }
        }
        return nil
    }

    /// Builds the symbol: data codewords, error correction and interleaving, function patterns,
    /// codeword placement, masking and format information.
    static func build(
        _ segments: [QRSegment], version: QRVersion, level requested: ErrorCorrectionLevel, mask: Int?, boost: Bool
    ) -> QRMatrix {
        var level = requested
        if boost, let bits = QRSegment.bitCount(of: segments, in: version) {
            for higher in ErrorCorrectionLevel.allCases where higher > level && bits <= version.dataCodewordCount(higher) * 8 {
                level = higher
            }
        }
        let data = CodewordSequence.dataCodewords(segments, version: version, level: level)
        let message = CodewordSequence.interleavedCodewords(data: data, version: version, level: level)
        if version.size <= 64 {
            return draw(message, version: version, level: level, mask: mask, as: UInt64.self)
        }
        return draw(message, version: version, level: level, mask: mask, as: Line192.self)
    }

    private static func draw<Line: ModuleLine>(
        _ message: [UInt8], version: QRVersion, level: ErrorCorrectionLevel, mask: Int?, as _: Line.Type
    ) -> QRMatrix {
        var grid = SymbolGrid<Line>(size: version.size)
        FunctionPatterns.draw(version, into: &grid)
        DataPlacement.place(message, into: &grid)
        grid.rebuildDarkColumns()
        grid.sealEdges()
        let selection = MaskSelection(grid: grid, level: level)
        let chosen = mask ?? selection.bestMask()
        return QRMatrix(version: version, errorCorrectionLevel: level, mask: chosen, rows: selection.maskedRows(chosen))
    }

    /// The error for segments that do not fit the range: "too long" if they do not fit version
    /// 40 either, otherwise "the range is too small".
    private static func tooLongError(
        _ segments: [QRSegment], level: ErrorCorrectionLevel, versions: ClosedRange<Int>, lengthInBytes: Int
    ) -> QREncodingError {
        let largest = QRVersion.maximum
        let capacityBits = largest.dataCodewordCount(level) * 8
        let neededBits = QRSegment.bitCount(of: segments, in: largest) ?? Int.max
        if neededBits <= capacityBits, versions.upperBound < largest.number {
            let top = QRVersion(unchecked: versions.upperBound)
            return .versionRangeTooSmall(
                neededBits: QRSegment.bitCount(of: segments, in: top) ?? neededBits,
                capacityBits: top.dataCodewordCount(level) * 8, ecc: level, versions: versions)
        }
        let headerBits = segments.filter { $0.mode == .eci }.reduce(0) { $0 + 4 + $1.dataBitCount }
        let textSegments = segments.filter { $0.mode != .eci }
        let single = textSegments.count == 1 ? textSegments[0].mode : QRSegmentMode.byte
        let countBits = single.characterCountBits(largest)
        let available = capacityBits - headerBits - 4 - countBits
        let (length, capacity, unit): (Int, Int, String)
        switch single {
        case .numeric:
            length = textSegments[0].characterCount
            capacity = available / 10 * 3 + [0, 0, 0, 0, 1, 1, 1, 2, 2, 2][available % 10]
            unit = "digits"
        case .alphanumeric:
            length = textSegments[0].characterCount
            capacity = available / 11 * 2 + (available % 11 >= 6 ? 1 : 0)
            unit = "characters"
        case .kanji:
            length = textSegments[0].characterCount
            capacity = available / 13
            unit = "kanji"
        default:
            length = lengthInBytes
            capacity = available / 8
            unit = "bytes"
        }
        return .dataTooLong(
            neededBits: neededBits == Int.max ? headerBits + 4 + countBits + lengthInBytes * 8 : neededBits,
            capacityBits: capacityBits, length: length, capacity: capacity, unit: unit, ecc: level,
            maxVersion: largest.number)
    }
}
