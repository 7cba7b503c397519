import QRCode

/// Turns a ``PrintDocument`` into the ESC/POS bytes of one receipt for a given paper and codepage.
///
/// The bytes start with ESC @ (initialize), so they can be sent again whole after a failure. Each
/// text line sets its own alignment, emphasis and size and sets them back after its line feed, so a
/// line never inherits the style of the one before. Text is wrapped here, not by the printer, so each
/// line feed is one printed line and two-column rows stay aligned.
public struct ESCPOSEncoder: Sendable {
    /// The paper roll.
    public let paper: PaperWidth
    /// How characters beyond ASCII print.
    public let codepage: PrinterCodepage

    /// An encoder for this paper and codepage.
    public init(paper: PaperWidth, codepage: PrinterCodepage) {
        self.paper = paper
        self.codepage = codepage
    }

    /// The bytes of the document.
    /// - Throws: ``PrinterError/qrCodeTooLong(payloadBytes:reason:)`` for a QR payload no QR code holds.
    public func encode(_ document: PrintDocument) throws(PrinterError) -> [UInt8] {
        var bytes = ESCPOSCommand.initialize + codepage.setUpCommands
        for line in document.lines {
            try bytes += encode(line)
        }
        return bytes
    }

    private func encode(_ line: PrintLine) throws(PrinterError) -> [UInt8] {
        switch line {
        case .text(let text, let style):
            return textLines(codepage.glyphs(text), style: style)
        case .row(let label, let value, let bold):
            let lines = TextLayout.row(
                label: codepage.glyphs(label), value: codepage.glyphs(value), columns: paper.columns)
            return lines.flatMap { printLine($0, style: TextStyle(bold: bold)) }
        case .divider(let character):
            let glyph = character.asciiValue.map(Glyph.ank) ?? Glyph.ank(UInt8(ascii: "-"))
            return printLine(Array(repeating: glyph, count: paper.columns), style: TextStyle())
        case .qrCode(let payload):
            return try qrCode(payload)
        case .feed(let count):
            return ESCPOSCommand.feed(max(0, count))
        case .cut(let kind):
            return ESCPOSCommand.cut(kind)
        case .drawerKick:
            return ESCPOSCommand.drawerKick
        }
    }

    /// A text wrapped to the columns its size leaves: double-size characters take twice the width.
    private func textLines(_ glyphs: [Glyph], style: TextStyle) -> [UInt8] {
        let columns = paper.columns / style.size.scale
        return TextLayout.wrap(glyphs, columns: columns).flatMap { printLine($0, style: style) }
    }

    /// One printed line: the style, the glyphs, a line feed, and the style set back to the default.
    private func printLine(_ glyphs: [Glyph], style: TextStyle) -> [UInt8] {
        var bytes = ESCPOSCommand.align(style.alignment)
        if style.bold { bytes += ESCPOSCommand.bold(true) }
        if style.size != .normal { bytes += ESCPOSCommand.size(style.size) }
        bytes += Self.characters(glyphs)
        bytes.append(ESCPOSCommand.lineFeed)
        if style.bold { bytes += ESCPOSCommand.bold(false) }
        if style.size != .normal { bytes += ESCPOSCommand.size(.normal) }
        if style.alignment != .left { bytes += ESCPOSCommand.align(.left) }
        return bytes
    }

    /// The character bytes, with Kanji mode on around each run of double-byte characters: in Kanji
    /// mode a printer reads every byte above 0x80 as the first of a pair, outside it as one character.
    static func characters(_ glyphs: [Glyph]) -> [UInt8] {
        var bytes: [UInt8] = []
        var inKanji = false
        for glyph in glyphs {
            switch glyph {
            case .ank(let byte):
                if inKanji { bytes += ESCPOSCommand.kanjiOff }
                inKanji = false
                bytes.append(byte)
            case .kanji(let first, let second):
                if !inKanji { bytes += ESCPOSCommand.kanjiOn }
                inKanji = true
                bytes += [first, second]
            }
        }
        if inKanji { bytes += ESCPOSCommand.kanjiOff }
        return bytes
    }

    /// The QR code as a raster image as wide as the paper, the symbol in its middle (GS v 0 prints at
    /// once and moves the paper past it).
    private func qrCode(_ payload: String) throws(PrinterError) -> [UInt8] {
        let matrix: QRMatrix
        do {
            matrix = try QREncoder.encode(text: payload, ecc: .medium)
        } catch {
            throw .qrCodeTooLong(payloadBytes: payload.utf8.count, reason: error.description)
        }
        guard let raster = QRRaster(matrix, paperDots: paper.dots) else {
            throw .qrCodeTooLong(payloadBytes: payload.utf8.count, reason: "the symbol is wider than the paper")
        }
        return raster.command
    }
}
