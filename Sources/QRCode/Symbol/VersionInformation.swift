/// The version information of versions 7–40 (ISO/IEC 18004 §7.10): the version number protected
/// by an (18, 6) BCH code, in two 6 × 3 blocks next to the top-right and bottom-left finders.
enum VersionInformation {
    /// The BCH generator polynomial G(x) = x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1 (§7.10.1).
    static let generator: UInt32 = 0b1_1111_0010_0101

    /// The 18 version bits: the 6-bit version number followed by the 12 bits of the remainder
    /// of version × x¹² divided by G(x).
    static func bits(version: QRVersion) -> UInt32 {
        let data = UInt32(version.number)
        var remainder = data << 12
        for degree in stride(from: 17, through: 12, by: -1) where remainder & (1 << degree) != 0 {
            remainder ^= generator << (degree - 12)
        }
        return data << 12 | remainder
    }

    /// Draws both copies (Figure 27): bit i at column size − 11 + i mod 3, row i / 3 in the top
    /// right block, and transposed in the bottom left one.
    static func draw<Line>(_ version: QRVersion, into grid: inout SymbolGrid<Line>) {
        guard version.number >= 7 else { return }
        let bits = bits(version: version)
        for index in 0..<18 {
            let dark = (bits >> index) & 1 != 0
            let across = grid.size - 11 + index % 3
            let down = index / 3
            grid.setFunctionModule(x: across, y: down, dark: dark)
            grid.setFunctionModule(x: down, y: across, dark: dark)
        }
    }
}
