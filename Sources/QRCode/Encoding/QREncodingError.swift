/// Why a text could not be made into a QR code. Every case reads as a sentence that says what is
/// wrong and what to do (``description``).
public enum QREncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data needs more bits than the largest allowed version holds at the level.
    /// `length` and `capacity` are in `unit` (bytes, digits or characters) of the mode used.
    case dataTooLong(
        neededBits: Int, capacityBits: Int, length: Int, capacity: Int, unit: String,
        ecc: ErrorCorrectionLevel, maxVersion: Int)
    /// The data fits some version, but not the range that was asked for.
    case versionRangeTooSmall(neededBits: Int, capacityBits: Int, ecc: ErrorCorrectionLevel, versions: ClosedRange<Int>)
    /// The minimum and maximum versions are outside 1...40 or in the wrong order.
    case invalidVersionRange(min: Int, max: Int)
    /// A forced mask pattern outside 0...7.
    case invalidMask(Int)
    /// A character the chosen mode cannot encode.
    case characterNotEncodable(mode: QRSegmentMode, character: Unicode.Scalar, position: Int)
    /// A kanji segment code that is not a Shift JIS kanji code.
    case shiftJISCodeNotKanji(code: UInt16, position: Int)
    /// An ECI assignment number outside 0...999999.
    case eciAssignmentOutOfRange(Int)

    public var description: String {
        switch self {
        case let .dataTooLong(neededBits, capacityBits, length, capacity, unit, ecc, maxVersion):
            return "The text is too long for a QR code: it is \(length) \(unit) (\(neededBits) bits), "
                + "but version \(maxVersion) at error correction \(ecc) holds at most \(capacity) \(unit) "
                + "(\(capacityBits) bits). Shorten the text or choose a lower error correction level."
        case let .versionRangeTooSmall(neededBits, capacityBits, ecc, versions):
            return "The text needs \(neededBits) data bits, but versions \(versions.lowerBound)–\(versions.upperBound) "
                + "at error correction \(ecc) hold at most \(capacityBits) bits. Raise the maximum version, "
                + "lower the error correction level or shorten the text."
        case let .invalidVersionRange(min, max):
            return "The version range \(min)–\(max) is not valid: versions go from 1 to 40 and the minimum "
                + "must not exceed the maximum."
        case let .invalidMask(mask):
            return "Mask \(mask) does not exist: a mask pattern is a number from 0 to 7."
        case let .characterNotEncodable(mode, character, position):
            let allowed =
                switch mode {
                case .numeric: "only the digits 0–9"
                case .kanji: "only the Japanese characters of Shift JIS (JIS X 0208)"
                default: "only 0–9, A–Z (capitals), space and $ % * + - . / :"
                }
            return "\(mode.description.capitalizedFirst) mode takes \(allowed), but the text has "
                + "\"\(character.escaped(asASCII: true))\" at character \(position + 1). Use byte or automatic mode."
        case let .shiftJISCodeNotKanji(code, position):
            let hex = String(code, radix: 16, uppercase: true)
            return "Code 0x\(hex) at position \(position + 1) is not a Shift JIS kanji code "
                + "(0x8140–0x9FFC or 0xE040–0xEBBF)."
        case let .eciAssignmentOutOfRange(value):
            return "ECI assignment \(value) is out of range: it must be from 0 to 999999."
        }
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
