import TillStrings

/// The banner of demo mode, on the title row of every screen: every gateway runs on the built-in
/// sandbox, so nothing the screen says is paid took real money. It must not be missed, so it
/// fills the whole row in the warning colour rather than sharing it quietly with the title.
enum DemoBanner {
    /// Draws the banner over `row`, with the store's name on the right where there is room.
    static func draw(_ text: String, storeName: String, theme: ResolvedTheme, row: Int, into frame: inout Frame) {
        let style = theme.demoBanner
        frame.fill(Rect(column: 0, row: row, width: frame.columns, height: 1), style: style)
        let banner = " ▲ \(text) ▲ "
        let bannerWidth = CharacterWidth.of(banner)
        frame.text(banner, column: 0, row: row, width: min(bannerWidth, frame.columns), style: style)
        let room = frame.columns - bannerWidth - 1
        guard room >= 8 else { return }
        frame.text(storeName + " ", column: bannerWidth, row: row, width: room + 1, style: style, alignment: .trailing)
    }
}

extension ResolvedTheme {
    /// Black on amber (bold), whatever the theme: a warning reads the same on a dark or a light
    /// terminal. Without colour, reverse video.
    var demoBanner: CellStyle {
        depth == .none
            ? CellStyle(bold: true, reverse: true)
            : CellStyle(foreground: .indexed(0), background: .indexed(3), bold: true)
    }
}
