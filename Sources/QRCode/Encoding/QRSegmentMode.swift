/// The modes of ISO/IEC 18004 §7.3 that Till writes, with their mode indicators (Table 2).
public enum QRSegmentMode: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Digits 0–9, 3⅓ bits each.
    case numeric
    /// 0–9, A–Z, space and `$ % * + - . / :`, 5½ bits each.
    case alphanumeric
    /// Any 8-bit byte, 8 bits each.
    case byte
    /// Shift JIS double-byte kanji, 13 bits each.
    case kanji
    /// An Extended Channel Interpretation designator; no characters.
    case eci

    /// The 4-bit mode indicator (Table 2).
    var indicator: UInt32 {
        switch self {
        case .numeric: 0b0001
        case .alphanumeric: 0b0010
        case .byte: 0b0100
        case .kanji: 0b1000
        case .eci: 0b0111
        }
    }

    /// Width of the character count indicator in a version (Table 3).
    public func characterCountBits(_ version: QRVersion) -> Int {
        characterCountBits(versionClass: version.characterCountClass)
    }

    /// Width of the character count indicator for versions 1–9 (class 0), 10–26 (1), 27–40 (2).
    func characterCountBits(versionClass: Int) -> Int {
        switch self {
        case .numeric: [10, 12, 14][versionClass]
        case .alphanumeric: [9, 11, 13][versionClass]
        case .byte: [8, 16, 16][versionClass]
        case .kanji: [8, 10, 12][versionClass]
        case .eci: 0
        }
    }

    public var description: String {
        switch self {
        case .numeric: "numeric"
        case .alphanumeric: "alphanumeric"
        case .byte: "byte"
        case .kanji: "kanji"
        case .eci: "ECI"
        }
    }

    /// The value of a digit in numeric mode, or nil.
    static func numericValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        return value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }

    /// The value of a character in alphanumeric mode (Table 5), or nil.
    static func alphanumericValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        guard value < 128 else { return nil }
        let code = alphanumericTable[Int(value)]
        return code < 0 ? nil : Int(code)
    }

    /// Table 5 indexed by ASCII code: the character's value, or −1 when it has none.
    private static let alphanumericTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, character) in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8.enumerated() {
            table[Int(character)] = Int8(value)
        }
        return table
    }()

    /// The 13-bit kanji mode value of a Shift JIS code (§7.4.6): subtract 0x8140 or 0xC140, then
    /// most significant byte × 0xC0 + least significant byte; nil outside the kanji ranges.
    static func kanjiValue(shiftJIS code: UInt16) -> Int? {
        let base: Int
        switch code {
        case 0x8140...0x9FFC: base = 0x8140
        case 0xE040...0xEBBF: base = 0xC140
        default: return nil
        }
        let offset = Int(code) - base
        let low = offset & 0xFF
        guard low >= 0x00, low <= 0xBC else { return nil }
        return (offset >> 8) * 0xC0 + low
    }
}
