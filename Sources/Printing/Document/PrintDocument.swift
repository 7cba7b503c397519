/// A receipt as the printer should put it on paper: an ordered list of lines, independent of the
/// printer's command language and of the paper width.
///
/// The document holds only text that is already formatted (amounts included): the printing module
/// never sees money as numbers, so it cannot round it. ``ESCPOSEncoder`` turns a document into bytes
/// for a given ``PaperWidth`` and ``PrinterCodepage``; the same document can be encoded and sent again
/// as often as needed, which is how a receipt that failed to print waits to be printed again.
public struct PrintDocument: Sendable, Equatable {
    /// The lines, top to bottom.
    public var lines: [PrintLine]

    /// A document of these lines.
    public init(_ lines: [PrintLine] = []) {
        self.lines = lines
    }

    /// Appends a line.
    public mutating func append(_ line: PrintLine) {
        lines.append(line)
    }
}

/// One element of a ``PrintDocument``.
public enum PrintLine: Sendable, Equatable {
    /// Text in a style; text wider than the paper wraps at a space where it can.
    case text(String, TextStyle = TextStyle())
    /// A label on the left and an amount on the right, fitted to the paper's columns. A label too long
    /// for the line wraps; the amount stays on the last line of the label (or goes on a line of its own).
    case row(label: String, value: String, bold: Bool = false)
    /// A full-width line of one ASCII character, `-` by default.
    case divider(Character = "-")
    /// A QR code of the payload, drawn with Till's own encoder and printed as a raster image, centered.
    case qrCode(String)
    /// Feeds this many blank lines.
    case feed(Int)
    /// Cuts the paper after feeding it to the cutter.
    case cut(CutKind = .partial)
    /// Opens the cash drawer on connector pin 2.
    case drawerKick
}

/// How a text line is printed.
public struct TextStyle: Sendable, Equatable {
    /// Where the text sits on the line.
    public var alignment: TextAlignment
    /// Emphasized (bold) print.
    public var bold: Bool
    /// Normal, or double width and height for the total.
    public var size: TextSize

    /// A style; the default is left aligned, normal weight, normal size.
    public init(alignment: TextAlignment = .left, bold: Bool = false, size: TextSize = .normal) {
        self.alignment = alignment
        self.bold = bold
        self.size = size
    }
}

/// Horizontal position of a text line (ESC a).
public enum TextAlignment: UInt8, Sendable, Equatable {
    case left = 0
    case center = 1
    case right = 2
}

/// Character size (GS !).
public enum TextSize: Sendable, Equatable {
    /// One column per half-width character.
    case normal
    /// Double width and double height: each character takes two columns and two lines.
    case double

    /// How many columns one half-width character takes.
    var scale: Int { self == .double ? 2 : 1 }
}

/// The cut at the end of a receipt (GS V, function B: feed to the cutter, then cut).
public enum CutKind: Sendable, Equatable {
    /// Leaves one point uncut so the receipt does not fall: the usual choice at a counter.
    case partial
    /// Cuts right through.
    case full
}
