/// A finished QR code symbol: a square of dark and light modules, and how it was made.
///
/// The quiet zone (§6.3.8) is not part of the matrix; renderers add it.
public struct QRMatrix: Sendable, Equatable {
    /// Modules per side, 21...177.
    public let size: Int
    /// The symbol's version.
    public let version: QRVersion
    /// The error correction level written in the format information.
    public let errorCorrectionLevel: ErrorCorrectionLevel
    /// The error correction level (the same as ``errorCorrectionLevel``).
    public var ecc: ErrorCorrectionLevel { errorCorrectionLevel }
    /// The data mask pattern, 0...7.
    public let mask: Int
    /// Rows of modules, `wordsPerRow` words each, module x of a row in bit x mod 64 of word x / 64.
    private let words: [UInt64]
    private let wordsPerRow: Int

    init(version: QRVersion, errorCorrectionLevel: ErrorCorrectionLevel, mask: Int, rows: [some ModuleLine]) {
        self.version = version
        self.errorCorrectionLevel = errorCorrectionLevel
        self.mask = mask
        size = version.size
        wordsPerRow = (size + 63) / 64
        var words: [UInt64] = []
        words.reserveCapacity(wordsPerRow * size)
        for row in rows {
            for index in 0..<wordsPerRow { words.append(row.word(index)) }
        }
        self.words = words
    }

    /// Whether the module in column `x`, row `y` is dark; (0, 0) is the top-left corner.
    /// Coordinates outside the symbol read as light, as the quiet zone around it is.
    public subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return (words[y * wordsPerRow + (x >> 6)] >> UInt64(x & 63)) & 1 != 0
    }

    /// Number of dark modules.
    public var darkModuleCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
