import Foundation

/// How text beyond ASCII reaches the printer: the `codepage` setting of the `[printer]` section.
///
/// Japanese and Chinese printers print double-byte characters in their Kanji (Chinese) mode, switched
/// on with FS & and off with FS . around each run of such characters. Foundation on Linux encodes
/// both character sets: `.shiftJIS`, and GB18030 by its NSStringEncoding number (CoreFoundation's
/// `CFStringConvertEncodingToNSStringEncoding` is not exported there, so the number is written here).
public enum PrinterCodepage: String, Sendable, Equatable, CaseIterable {
    /// Japanese printers: Shift_JIS (JIS X 0208), selected with FS C 1.
    case shiftJIS = "shift_jis"
    /// Simplified Chinese printers: GB18030, their default double-byte code.
    case gb18030 = "gb18030"
    /// Printers without a Kanji font. Drawing text as raster images needs a font renderer, which is
    /// out of scope: ASCII prints as it is and every other character prints as `?`.
    case raster = "raster"

    /// The codepage of a `codepage` setting, or nil for a name the printers do not know.
    public init?(configValue: String) {
        self.init(rawValue: configValue.lowercased())
    }

    /// GB18030-2000 as an NSStringEncoding: kCFStringEncodingGB_18030_2000 (0x0632) with the high bit set.
    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// The Foundation encoding of the printer's double-byte characters, nil for ``raster``.
    var foundationEncoding: String.Encoding? {
        switch self {
        case .shiftJIS: return .shiftJIS
        case .gb18030: return Self.gb18030Encoding
        case .raster: return nil
        }
    }

    /// The commands that prepare the printer after ESC @: the Kanji code system for Shift_JIS.
    var setUpCommands: [UInt8] {
        self == .shiftJIS ? ESCPOSCommand.selectShiftJIS : []
    }

    /// The glyphs that print the text: ASCII as one-byte characters, characters of the codepage as
    /// double-byte characters two columns wide, everything else (control characters, characters the
    /// codepage lacks) as `?`.
    func glyphs(_ text: String) -> [Glyph] {
        text.map(glyph)
    }

    private func glyph(_ character: Character) -> Glyph {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? .ank(ascii) : .unprintable
        }
        guard let encoding = foundationEncoding else { return .unprintable }
        // The yen sign has no double-byte code in Shift_JIS and four bytes in GB18030; both print the
        // full-width yen sign, which receipts in yen need.
        let printed: Character = character == "¥" ? "￥" : character
        guard let data = String(printed).data(using: encoding, allowLossyConversion: false) else {
            return .unprintable
        }
        let bytes = [UInt8](data)
        // One-byte codes above ASCII (half-width katakana) need a character table we do not select;
        // four-byte GB18030 codes are beyond what receipt printers' fonts hold.
        guard bytes.count == 2, bytes[0] >= 0x81 else { return .unprintable }
        return .kanji(bytes[0], bytes[1])
    }
}

/// One printed character and the columns it takes.
enum Glyph: Equatable {
    /// A one-byte (alphanumeric, "ANK") character, one column wide.
    case ank(UInt8)
    /// A double-byte character printed in Kanji mode, two columns wide.
    case kanji(UInt8, UInt8)

    /// What prints for a character the printer cannot print.
    static let unprintable = Glyph.ank(UInt8(ascii: "?"))
    static let space = Glyph.ank(UInt8(ascii: " "))

    /// Columns on paper at normal size.
    var columns: Int {
        if case .kanji = self { return 2 }
        return 1
    }

    var isSpace: Bool { self == .space }
}
