/// The format information (ISO/IEC 18004 §7.9): the error correction level and the mask pattern
/// reference, protected by a (15, 5) BCH code and XORed with 101010000010010 so that it is never
/// all zeros.
enum FormatInformation {
    /// The BCH generator polynomial G(x) = x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1 (§7.9.1).
    static let generator: UInt32 = 0b101_0011_0111
    /// The mask XORed with the 15 bits (§7.9.1).
    static let mask: UInt32 = 0b101_0100_0001_0010

    /// The 15 format bits for a level and a mask pattern: the 5 data bits followed by the
    /// 10 bits of the remainder of data × x¹⁰ divided by G(x), all XORed with ``mask``.
    static func bits(level: ErrorCorrectionLevel, maskPattern: Int) -> UInt32 {
        let data = level.formatIndicator << 3 | UInt32(maskPattern)
        var remainder = data << 10
        for degree in stride(from: 14, through: 10, by: -1) where remainder & (1 << degree) != 0 {
            remainder ^= generator << (degree - 10)
        }
        return (data << 10 | remainder) ^ mask
    }

    /// Where bit i (bit 0 the least significant) of the format information goes, in both copies
    /// (§7.9.1, Figure 25): around the top-left finder pattern, and split between the top-right
    /// and bottom-left ones. Coordinates are (x, y), x the column.
    static func positions(size: Int) -> [(first: (x: Int, y: Int), second: (x: Int, y: Int))] {
        (0..<15).map { bit in
            let first: (x: Int, y: Int) =
                switch bit {
                case 0...5: (8, bit)
                case 6: (8, 7)
                case 7: (8, 8)
                case 8: (7, 8)
                default: (14 - bit, 8)
                }
            let second: (x: Int, y: Int) = bit < 8 ? (size - 1 - bit, 8) : (8, size - 15 + bit)
            return (first, second)
        }
    }
}
