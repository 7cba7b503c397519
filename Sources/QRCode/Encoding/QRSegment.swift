/// One segment of the data bit stream (ISO/IEC 18004 §7.4): a mode indicator, a character count
/// indicator and the data bits of that mode.
///
/// Build segments with the factory functions (`numeric`, `alphanumeric`, `bytes`, `utf8`,
/// `kanji`, `eci`), then hand them to ``QREncoder/encode(segments:ecc:minVersion:maxVersion:mask:boost:)``.
public struct QRSegment: Sendable, Equatable {
    /// The segment's mode.
    public let mode: QRSegmentMode
    /// The character count indicator's value: digits, characters, bytes or kanji (0 for ECI).
    public let characterCount: Int
    /// The data bits that follow the character count indicator.
    let data: BitBuffer

    /// Number of data bits after the header.
    public var dataBitCount: Int { data.count }

    init(mode: QRSegmentMode, characterCount: Int, data: BitBuffer) {
        self.mode = mode
        self.characterCount = characterCount
        self.data = data
    }

    /// The bits this segment takes in a symbol of `version`: mode indicator, character count
    /// indicator and data; nil when the count does not fit its indicator in that version.
    public func bitCount(in version: QRVersion) -> Int? {
        let countBits = mode.characterCountBits(version)
        guard characterCount < 1 << countBits else { return nil }
        return 4 + countBits + data.count
    }

    /// The bits a list of segments takes in a symbol of `version`, or nil if one does not fit.
    public static func bitCount(of segments: [QRSegment], in version: QRVersion) -> Int? {
        var total = 0
        for segment in segments {
            guard let bits = segment.bitCount(in: version) else { return nil }
            total += bits
        }
        return total
    }
}

extension QRSegment {
    /// A numeric mode segment (§7.4.3): groups of three digits in 10 bits, a last pair in 7, a
    /// last digit in 4. Throws if the text holds anything but the digits 0–9.
    public static func numeric(_ digits: String) throws(QREncodingError) -> QRSegment {
        try numeric(scalars: digits.unicodeScalars, count: digits.utf8.count)
    }

    static func numeric(scalars: some Sequence<Unicode.Scalar>, count estimate: Int) throws(QREncodingError) -> QRSegment {
        var bits = BitBuffer(reservingBits: estimate * 10 / 3 + 4)
        var group: UInt32 = 0
        var groupLength = 0
        var count = 0
        for (offset, scalar) in scalars.enumerated() {
            guard let digit = QRSegmentMode.numericValue(scalar) else {
                throw .characterNotEncodable(mode: .numeric, character: scalar, position: offset)
            }
            group = group * 10 + UInt32(digit)
            groupLength += 1
            count += 1
            if groupLength == 3 {
                bits.append(group, width: 10)
                group = 0
                groupLength = 0
            }
        }
        if groupLength > 0 { bits.append(group, width: groupLength * 3 + 1) }
        return QRSegment(mode: .numeric, characterCount: count, data: bits)
    }

    /// An alphanumeric mode segment (§7.4.4): pairs of characters as 45 × first + second in
    /// 11 bits, a last single character in 6. The 45 characters are 0–9, A–Z (capitals only),
    /// space and `$ % * + - . / :`; anything else throws.
    public static func alphanumeric(_ text: String) throws(QREncodingError) -> QRSegment {
        try alphanumeric(scalars: text.unicodeScalars, count: text.utf8.count)
    }

    static func alphanumeric(scalars: some Sequence<Unicode.Scalar>, count estimate: Int) throws(QREncodingError) -> QRSegment {
        var bits = BitBuffer(reservingBits: estimate * 11 / 2 + 6)
        var pending: UInt32?
        var count = 0
        for (offset, scalar) in scalars.enumerated() {
            guard let value = QRSegmentMode.alphanumericValue(scalar) else {
                throw .characterNotEncodable(mode: .alphanumeric, character: scalar, position: offset)
            }
            count += 1
            if let first = pending {
                bits.append(first * 45 + UInt32(value), width: 11)
                pending = nil
            } else {
                pending = UInt32(value)
            }
        }
        if let last = pending { bits.append(last, width: 6) }
        return QRSegment(mode: .alphanumeric, characterCount: count, data: bits)
    }

    /// A byte mode segment (§7.4.5): each byte in 8 bits, whatever the bytes are.
    public static func bytes(_ bytes: some Collection<UInt8>) -> QRSegment {
        var bits = BitBuffer(reservingBits: bytes.count * 8)
        for byte in bytes { bits.append(UInt32(byte), width: 8) }
        return QRSegment(mode: .byte, characterCount: bytes.count, data: bits)
    }

    /// A byte mode segment of the text's UTF-8 encoding. Readers take byte mode as UTF-8 in
    /// practice; add ``eci(_:)`` with ``utf8ECIAssignment`` first to declare it.
    public static func utf8(_ text: String) -> QRSegment {
        bytes(Array(text.utf8))
    }

    /// A byte mode segment of the UTF-8 encoding of some scalars.
    static func utf8(scalars: some Collection<Unicode.Scalar>) -> QRSegment {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return Self.bytes(bytes)
    }

    /// A kanji mode segment (§7.4.6) from double-byte Shift JIS codes, each 0x8140–0x9FFC or
    /// 0xE040–0xEBBF, packed in 13 bits. Throws on a code outside those ranges.
    public static func kanji(shiftJIS codes: [UInt16]) throws(QREncodingError) -> QRSegment {
        var bits = BitBuffer(reservingBits: codes.count * 13)
        for (offset, code) in codes.enumerated() {
            guard let value = QRSegmentMode.kanjiValue(shiftJIS: code) else {
                throw .shiftJISCodeNotKanji(code: code, position: offset)
            }
            bits.append(UInt32(value), width: 13)
        }
        return QRSegment(mode: .kanji, characterCount: codes.count, data: bits)
    }

    /// A kanji mode segment of Japanese text: every character must be one of the JIS X 0208
    /// characters that Shift JIS writes in two bytes (kanji, kana, full-width forms).
    public static func kanji(_ text: String) throws(QREncodingError) -> QRSegment {
        try kanji(scalars: text.unicodeScalars, count: text.utf8.count / 3)
    }

    static func kanji(scalars: some Sequence<Unicode.Scalar>, count estimate: Int) throws(QREncodingError) -> QRSegment {
        var bits = BitBuffer(reservingBits: estimate * 13)
        var count = 0
        for (offset, scalar) in scalars.enumerated() {
            guard let value = KanjiTable.value(for: scalar) else {
                throw .characterNotEncodable(mode: .kanji, character: scalar, position: offset)
            }
            bits.append(UInt32(value), width: 13)
            count += 1
        }
        return QRSegment(mode: .kanji, characterCount: count, data: bits)
    }

    /// The ECI assignment number of UTF-8 (ISO/IEC 18004 §7.3, AIM ECI 000026).
    public static let utf8ECIAssignment = 26

    /// An Extended Channel Interpretation designator (§7.4.2): the assignment number in 8, 16 or
    /// 24 bits. Throws outside 0...999999.
    public static func eci(_ assignment: Int) throws(QREncodingError) -> QRSegment {
        var bits = BitBuffer()
        switch assignment {
        case 0..<(1 << 7):
            bits.append(UInt32(assignment), width: 8)
        case (1 << 7)..<(1 << 14):
            bits.append(0b10, width: 2)
            bits.append(UInt32(assignment), width: 14)
        case (1 << 14)..<1_000_000:
            bits.append(0b110, width: 3)
            bits.append(UInt32(assignment), width: 21)
        default:
            throw .eciAssignmentOutOfRange(assignment)
        }
        return QRSegment(mode: .eci, characterCount: 0, data: bits)
    }
}
