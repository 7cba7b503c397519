/// Fits a payload's QR code into a terminal area drawn with half blocks.
///
/// A version-v code is 4v + 17 modules plus the quiet zone on both sides: that many columns and
/// half as many lines, rounded up. The search prefers a full quiet zone over a higher error
/// correction level: a screen is not scratched like a printed label, but a reader that cannot
/// find the code's edge reads nothing. Within a quiet zone width it takes the highest level
/// that fits.
public enum TerminalFit {
    /// What fits: the level, the quiet zone, the symbol and the cells it takes.
    public struct Choice: Sendable, Equatable {
        /// The error correction level of the symbol.
        public let ecc: ErrorCorrectionLevel
        /// Light modules around the symbol on each side (4, 3 or 2).
        public let quietZone: Int
        /// The symbol.
        public let matrix: QRMatrix
        /// Columns the rendering takes.
        public let width: Int
        /// Lines the rendering takes.
        public let height: Int
    }

    /// Quiet zones tried, widest first.
    public static let quietZones = [4, 3, 2]

    /// The best fit of `text` in `columns` × `rows` character cells, or nil if no level with a
    /// quiet zone of at least 2 fits. Leave a line out of `rows` for a status line.
    public static func fit(text: String, columns: Int, rows: Int) -> Choice? {
        for quietZone in quietZones {
            guard let largestVersion = largestVersion(columns: columns, rows: rows, quietZone: quietZone) else { continue }
            for ecc in ErrorCorrectionLevel.allCases.reversed() {
                guard
                    let matrix = try? QREncoder.encode(
                        text: text, ecc: ecc, maxVersion: largestVersion)
                else { continue }
                let cells = HalfBlockRenderer.cellSize(symbolSize: matrix.size, quietZone: quietZone)
                return Choice(ecc: ecc, quietZone: quietZone, matrix: matrix, width: cells.columns, height: cells.rows)
            }
        }
        return nil
    }

    /// Whether `fit` would find a place for `byteCount` bytes in byte mode, from the capacity tables
    /// alone, without encoding anything: cheap enough to ask on every frame.
    public static func canFit(byteCount: Int, columns: Int, rows: Int) -> Bool {
        guard let largest = largestVersion(columns: columns, rows: rows, quietZone: quietZones.last ?? 2),
            let version = QRVersion(largest)
        else { return false }
        let bits = 4 + QRSegmentMode.byte.characterCountBits(version) + 8 * byteCount
        return bits <= version.dataCodewordCount(.low) * 8
    }

    /// The largest version whose symbol and quiet zone fit: side + 2q ≤ columns and
    /// (side + 2q + 1) / 2 ≤ rows; nil when not even version 1 does.
    static func largestVersion(columns: Int, rows: Int, quietZone: Int) -> Int? {
        let largestSide = min(columns, 2 * rows - 1) - 2 * quietZone
        let largestVersion = min((largestSide - 17) / 4, QRVersion.maximum.number)
        guard largestSide >= 21, largestVersion >= 1 else { return nil }
        return largestVersion
    }
}
