/// Draws a symbol with half blocks in explicit colours: black ink on a bright white background
/// (SGR 30 and 107), whatever the terminal's own colours are, so that it scans on dark and light
/// terminals alike; `inverted` draws it the other way, bright white modules on black (SGR 97 and
/// 40), for a screen or scanner that wants a negative code. Each line sets the colours and resets
/// them at its end.
public struct ANSIRenderer: Sendable {
    /// Select Graphic Rendition: black foreground, bright white background.
    public static let colours = "\u{1B}[30;107m"
    /// Select Graphic Rendition: bright white foreground, black background.
    public static let invertedColours = "\u{1B}[97;40m"
    /// Select Graphic Rendition: back to the terminal's defaults.
    public static let reset = "\u{1B}[0m"

    private let halfBlocks: HalfBlockRenderer
    private let colours: String

    /// A renderer with a quiet zone of `quietZone` modules (at least 1).
    public init(quietZone: Int = 4, inverted: Bool = false) {
        halfBlocks = HalfBlockRenderer(quietZone: quietZone, polarity: .darkInk)
        colours = inverted ? Self.invertedColours : Self.colours
    }

    /// Light modules around the symbol on each side.
    public var quietZone: Int { halfBlocks.quietZone }

    /// The text lines, each wrapped in the colour codes, without line ends.
    public func lines(_ matrix: QRMatrix) -> [String] {
        halfBlocks.lines(matrix).map { colours + $0 + Self.reset }
    }

    /// The whole rendering, each line ended by a line feed.
    public func render(_ matrix: QRMatrix) -> String {
        lines(matrix).map { $0 + "\n" }.joined()
    }
}
