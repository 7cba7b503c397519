/// The four error correction levels of ISO/IEC 18004 §6.5.1 (Table 9).
///
/// A higher level restores more damaged codewords and holds less data in the same version:
/// about 7 % (L), 15 % (M), 25 % (Q) and 30 % (H) of the codewords can be recovered.
public enum ErrorCorrectionLevel: Int, CaseIterable, Comparable, Sendable, CustomStringConvertible {
    /// L: about 7 % of the codewords can be restored.
    case low = 0
    /// M: about 15 % of the codewords can be restored.
    case medium = 1
    /// Q: about 25 % of the codewords can be restored.
    case quartile = 2
    /// H: about 30 % of the codewords can be restored.
    case high = 3

    /// The letter the standard gives the level: `L`, `M`, `Q` or `H`.
    public var letter: Character {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    /// The level named by its letter (`L`, `M`, `Q`, `H`, either case), or nil for any other text.
    public init?(letter: some StringProtocol) {
        switch letter.uppercased() {
        case "L": self = .low
        case "M": self = .medium
        case "Q": self = .quartile
        case "H": self = .high
        default: return nil
        }
    }

    /// The two error correction bits of the format information (§7.9.1, Table 12):
    /// L 01, M 00, Q 11, H 10.
    var formatIndicator: UInt32 {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(letter) }
}
