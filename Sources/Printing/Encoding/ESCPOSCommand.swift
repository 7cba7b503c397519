/// The ESC/POS commands Till sends, from Epson's ESC/POS command reference. Each is written out as
/// bytes so a test's decoder and a reader of a hex dump can find it.
enum ESCPOSCommand {
    static let esc: UInt8 = 0x1B
    static let gs: UInt8 = 0x1D
    static let fs: UInt8 = 0x1C
    static let lineFeed: UInt8 = 0x0A

    /// ESC @: clears the print buffer and resets every mode, so a receipt sent again after a failure
    /// does not inherit a half-finished style.
    static let initialize: [UInt8] = [esc, 0x40]
    /// FS C 1: Shift_JIS as the Kanji code system (Japanese models).
    static let selectShiftJIS: [UInt8] = [fs, 0x43, 1]
    /// FS &: Kanji (Chinese) character mode on.
    static let kanjiOn: [UInt8] = [fs, 0x26]
    /// FS .: Kanji character mode off.
    static let kanjiOff: [UInt8] = [fs, 0x2E]

    /// ESC a n: justification, n = 0 left, 1 center, 2 right.
    static func align(_ alignment: TextAlignment) -> [UInt8] { [esc, 0x61, alignment.rawValue] }
    /// ESC E n: emphasized mode on (1) or off (0).
    static func bold(_ on: Bool) -> [UInt8] { [esc, 0x45, on ? 1 : 0] }
    /// GS ! n: character size; the high nibble is width - 1, the low nibble height - 1.
    static func size(_ size: TextSize) -> [UInt8] { [gs, 0x21, size == .double ? 0x11 : 0x00] }
    /// ESC d n: prints the buffer and feeds n lines.
    static func feed(_ lines: Int) -> [UInt8] { [esc, 0x64, UInt8(clamping: lines)] }

    /// GS V m n, function B: feeds to the cutting position plus n dots, then cuts (m = 65 full, 66 partial).
    static func cut(_ kind: CutKind, extraFeed: UInt8 = 0) -> [UInt8] {
        [gs, 0x56, kind == .full ? 65 : 66, extraFeed]
    }

    /// ESC p m t1 t2: a pulse on drawer connector pin 2 (m = 0), on for t1 × 2 ms and off for
    /// t2 × 2 ms: 50 ms on, 500 ms off, what drawer makers ask for (at least 50 ms, long enough off
    /// that the solenoid cools).
    static let drawerKick: [UInt8] = [esc, 0x70, 0, 25, 250]

    /// GS v 0 m xL xH yL yH d…: a raster bit image, `bytesPerRow` bytes by `rows` dots, most
    /// significant bit leftmost, 1 = black (m = 0: normal density).
    static func rasterImage(bytesPerRow: Int, rows: Int, data: [UInt8]) -> [UInt8] {
        [gs, 0x76, 0x30, 0,
         UInt8(bytesPerRow & 0xFF), UInt8(bytesPerRow >> 8),
         UInt8(rows & 0xFF), UInt8(rows >> 8)] + data
    }
}
