/// The xterm palette and the nearest-colour search used to fit a theme to the terminal.
public enum ColorPalette {
    /// xterm's default values for the 16 ANSI colours.
    public static let ansi: [RGBColor] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ].map { RGBColor(red: $0.0, green: $0.1, blue: $0.2) }

    /// The 256-colour palette: the 16 ANSI colours, the 6×6×6 cube and 24 greys.
    public static let xterm256: [RGBColor] = {
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        var palette = ansi
        for red in levels {
            for green in levels {
                for blue in levels { palette.append(RGBColor(red: red, green: green, blue: blue)) }
            }
        }
        for step in 0..<24 {
            let grey = UInt8(8 + step * 10)
            palette.append(RGBColor(red: grey, green: grey, blue: grey))
        }
        return palette
    }()

    /// The palette entry closest to `color` for `depth`; nil at `.truecolor` (the colour is used
    /// as is) and `.none`. At 256 colours only the cube and the greys are searched, because the
    /// first 16 entries are whatever the user's terminal theme made them.
    /// `avoiding` is left out of the search: the background a text is drawn on.
    public static func nearestIndex(to color: RGBColor, depth: ColorDepth, avoiding: UInt8? = nil) -> UInt8? {
        let candidates: Range<Int>
        switch depth {
        case .none, .truecolor: return nil
        case .ansi8: candidates = 0..<8
        case .ansi16: candidates = 0..<16
        case .palette256: candidates = 16..<256
        }
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates where index != avoiding.map(Int.init) {
            let distance = distance(color, xterm256[index])
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    /// A perceptual distance: squared differences weighted by how much the eye cares about each
    /// channel (a "redmean" approximation, in integers).
    public static func distance(_ a: RGBColor, _ b: RGBColor) -> Int {
        let redMean = (Int(a.red) + Int(b.red)) / 2
        let red = Int(a.red) - Int(b.red)
        let green = Int(a.green) - Int(b.green)
        let blue = Int(a.blue) - Int(b.blue)
        return (((512 + redMean) * red * red) >> 8) + 4 * green * green + (((767 - redMean) * blue * blue) >> 8)
    }

    /// The terminal colour for a theme colour at `depth`; with `avoiding`, the nearest palette entry
    /// that is not that colour (the background a text is drawn on).
    public static func resolve(
        _ color: ThemeColor, depth: ColorDepth, avoiding: TerminalColor = .terminalDefault
    ) -> TerminalColor {
        guard case .rgb(let rgb) = color else { return .terminalDefault }
        if depth == .truecolor { return .rgb(rgb) }
        var avoidedIndex: UInt8?
        if case .indexed(let index) = avoiding { avoidedIndex = index }
        guard let index = nearestIndex(to: rgb, depth: depth, avoiding: avoidedIndex) else { return .terminalDefault }
        return .indexed(index)
    }
}
