/// A symbol version, 1 to 40 (ISO/IEC 18004 §6.4.1): version v is a square of 4v + 17 modules.
public struct QRVersion: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The version number, 1...40.
    public let number: Int

    /// The smallest version, 1 (21 × 21 modules).
    public static let minimum = QRVersion(unchecked: 1)
    /// The largest version, 40 (177 × 177 modules).
    public static let maximum = QRVersion(unchecked: 40)
    /// Every version number the standard defines.
    public static let range = 1...40

    /// The version with this number, or nil outside 1...40.
    public init?(_ number: Int) {
        guard Self.range.contains(number) else { return nil }
        self.number = number
    }

    init(unchecked number: Int) { self.number = number }

    /// Modules per side: 4v + 17.
    public var size: Int { 4 * number + 17 }

    /// The version-range class that fixes the width of character count indicators (Table 3):
    /// 0 for versions 1–9, 1 for 10–26, 2 for 27–40.
    var characterCountClass: Int { number <= 9 ? 0 : (number <= 26 ? 1 : 2) }

    /// The modules left for codewords once every function pattern and the format and version
    /// information are taken out (§6.4.10, Table 1, "data modules" including remainder bits).
    var rawDataModuleCount: Int {
        let side = size
        var functionModules = 3 * 8 * 8  // three finder patterns with their separators
        functionModules += 2 * (side - 16)  // two timing patterns between the separators
        functionModules += 2 * 15 + 1  // two copies of the format information and the dark module
        let alignment = AlignmentPatterns.centres(for: self).count
        if alignment > 0 {
            // All pairs of centres but the three at finder corners; those on a timing pattern
            // share 5 modules with it.
            let patterns = alignment * alignment - 3
            functionModules += patterns * 25 - 2 * (alignment - 2) * 5
        }
        if number >= 7 { functionModules += 2 * 18 }  // two copies of the version information
        return side * side - functionModules
    }

    /// All codewords of the symbol, data and error correction (Table 1, "total codewords").
    public var totalCodewordCount: Int { rawDataModuleCount / 8 }

    /// The data codewords at a level (Table 7): total codewords less the error correction ones.
    public func dataCodewordCount(_ level: ErrorCorrectionLevel) -> Int {
        totalCodewordCount - errorCorrectionCodewordsPerBlock(level) * errorCorrectionBlockCount(level)
    }

    /// Error correction codewords in each block at a level (Table 9).
    func errorCorrectionCodewordsPerBlock(_ level: ErrorCorrectionLevel) -> Int {
        ErrorCorrectionTable.codewordsPerBlock[level.rawValue][number - 1]
    }

    /// Number of error correction blocks at a level (Table 9).
    func errorCorrectionBlockCount(_ level: ErrorCorrectionLevel) -> Int {
        ErrorCorrectionTable.blockCount[level.rawValue][number - 1]
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }

    public var description: String { "\(number)" }
}
