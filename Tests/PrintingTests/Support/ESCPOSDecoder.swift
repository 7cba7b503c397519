import Foundation

@testable import Printing

/// Reads ESC/POS bytes back into what a printer would do with them, so tests assert on meaning (lines
/// of text and their style, cuts, drawer kicks, images) rather than on raw bytes. It knows only the
/// commands Till sends and fails on anything else, so a stray byte cannot pass unnoticed.
struct ESCPOSDecoder {
    /// A printed line of text and the style it printed in.
    struct Line: Equatable, CustomStringConvertible {
        var text: String
        var alignment: TextAlignment = .left
        var bold = false
        var size: TextSize = .normal

        var description: String { "\(alignment) \(bold ? "bold " : "")\(size) \"\(text)\"" }
    }

    /// A raster image: rows of dots, true = black.
    struct Image: Equatable {
        let width: Int
        let height: Int
        let dots: [[Bool]]
    }

    /// What the printer does, in order.
    enum Event: Equatable {
        case initialize
        case line(Line)
        case feed(Int)
        case cut(CutKind)
        case drawerKick(pin: Int, onMilliseconds: Int, offMilliseconds: Int)
        case image(Image, alignment: TextAlignment)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let codepage: PrinterCodepage
    private var bytes: [UInt8] = []
    private var index = 0
    private var events: [Event] = []
    private var text = Data()
    private var alignment = TextAlignment.left
    private var bold = false
    private var size = TextSize.normal
    private var kanji = false

    init(codepage: PrinterCodepage) {
        self.codepage = codepage
    }

    /// The events of a byte stream; text not ended by a line feed is an error (it would not print).
    static func decode(_ bytes: [UInt8], codepage: PrinterCodepage) throws -> [Event] {
        var decoder = ESCPOSDecoder(codepage: codepage)
        decoder.bytes = bytes
        while decoder.index < bytes.count { try decoder.step() }
        guard decoder.text.isEmpty else { throw Failure(description: "text without a line feed at the end") }
        return decoder.events
    }

    /// The text lines only.
    static func lines(_ events: [Event]) -> [Line] {
        events.compactMap { if case .line(let line) = $0 { return line } else { return nil } }
    }

    private mutating func next() throws -> UInt8 {
        guard index < bytes.count else { throw Failure(description: "the stream ends inside a command") }
        defer { index += 1 }
        return bytes[index]
    }

    private mutating func step() throws {
        let byte = try next()
        switch byte {
        case ESCPOSCommand.esc: try escape()
        case ESCPOSCommand.gs: try groupSeparator()
        case ESCPOSCommand.fs: try fileSeparator()
        case ESCPOSCommand.lineFeed: try endLine()
        case 0x20..<0x7F: text.append(byte)
        case 0x81...0xFE where kanji: try kanjiCharacter(byte)
        default: throw Failure(description: "unexpected byte \(byte) at \(index - 1)")
        }
    }

    /// A double-byte character; GB18030 four-byte codes have a digit as their second byte.
    private mutating func kanjiCharacter(_ first: UInt8) throws {
        let second = try next()
        text += [first, second]
        if codepage == .gb18030, (0x30...0x39).contains(second) {
            text += [try next(), try next()]
        }
    }

    private mutating func endLine() throws {
        let encoding = codepage.foundationEncoding ?? .ascii
        guard let string = String(data: text, encoding: encoding) else {
            throw Failure(description: "bytes \(Array(text)) are not \(codepage) text")
        }
        events.append(.line(Line(text: string, alignment: alignment, bold: bold, size: size)))
        text = Data()
    }

    private mutating func escape() throws {
        switch try next() {
        case 0x40:
            events.append(.initialize)
            (alignment, bold, size, kanji) = (.left, false, .normal, false)
        case 0x61:
            guard let value = TextAlignment(rawValue: try next()) else { throw Failure(description: "ESC a n > 2") }
            alignment = value
        case 0x45: bold = try next() & 1 == 1
        case 0x64: events.append(.feed(Int(try next())))
        case 0x70:
            let pin = try next() == 0 ? 2 : 5
            let on = Int(try next()) * 2
            events.append(.drawerKick(pin: pin, onMilliseconds: on, offMilliseconds: Int(try next()) * 2))
        case let other: throw Failure(description: "unknown ESC \(other)")
        }
    }

    private mutating func groupSeparator() throws {
        switch try next() {
        case 0x21:
            let value = try next()
            guard value == 0 || value == 0x11 else { throw Failure(description: "GS ! \(value)") }
            size = value == 0x11 ? .double : .normal
        case 0x56:
            let function = try next()
            guard function == 65 || function == 66 else { throw Failure(description: "GS V \(function)") }
            _ = try next()
            events.append(.cut(function == 65 ? .full : .partial))
        case 0x76:
            guard try next() == 0x30, try next() == 0 else { throw Failure(description: "GS v other than GS v 0 0") }
            try rasterImage()
        case let other: throw Failure(description: "unknown GS \(other)")
        }
    }

    private mutating func rasterImage() throws {
        guard text.isEmpty else { throw Failure(description: "an image in the middle of a line") }
        let bytesPerRow = Int(try next()) | Int(try next()) << 8
        let height = Int(try next()) | Int(try next()) << 8
        guard index + bytesPerRow * height <= bytes.count else { throw Failure(description: "short image") }
        var dots: [[Bool]] = []
        for row in 0..<height {
            let start = index + row * bytesPerRow
            dots.append((0..<(bytesPerRow * 8)).map { x in bytes[start + x / 8] & (0x80 >> UInt8(x % 8)) != 0 })
        }
        index += bytesPerRow * height
        events.append(.image(Image(width: bytesPerRow * 8, height: height, dots: dots), alignment: alignment))
    }

    private mutating func fileSeparator() throws {
        switch try next() {
        case 0x26: kanji = true
        case 0x2E: kanji = false
        case 0x43:
            guard try next() == 1, codepage == .shiftJIS else { throw Failure(description: "FS C other than Shift_JIS") }
        case let other: throw Failure(description: "unknown FS \(other)")
        }
    }
}
