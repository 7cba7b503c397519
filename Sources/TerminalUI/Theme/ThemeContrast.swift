import TillStrings

/// Fits a theme's text colours to a terminal so that no text becomes its own background.
///
/// At 8, 16 or 256 colours two colours that differ can land on the same palette entry (TakeMe Pay's
/// `#EEEEEE` divider on its `#FFFFFF` sheet are both white at 8 colours). Then the text is drawn
/// black on a light background and white on a dark one, and a note says so, naming the depth. Only text
/// the theme itself gives its background's colour is invisible on every terminal: that is a warning.
struct ThemeContrast {
    let theme: Theme
    let depth: ColorDepth
    /// The language of the notes and warnings.
    var strings = Strings(.en)
    /// Texts drawn in another colour than the theme's at this depth, so that they stay readable.
    private(set) var notes: [String] = []
    /// Texts the theme makes invisible on every terminal.
    private(set) var warnings: [String] = []

    init(theme: Theme, depth: ColorDepth, strings: Strings = Strings(.en)) {
        self.theme = theme
        self.depth = depth
        self.strings = strings
    }

    /// The theme's colour for `attribute`, from the built-in default when the theme lacks it.
    func themeColor(_ attribute: ThemeAttribute) -> ThemeColor {
        theme.color(attribute) ?? BuiltinThemes.standard.color(attribute) ?? .transparent
    }

    /// `attribute`'s colour at this depth, as it is.
    func color(_ attribute: ThemeAttribute) -> TerminalColor {
        ColorPalette.resolve(themeColor(attribute), depth: depth)
    }

    /// The colour of the text `text` drawn on `background`: never the background's own colour
    /// when the theme's two colours differ.
    mutating func text(_ text: ThemeAttribute, on background: ThemeAttribute) -> TerminalColor {
        let wanted = themeColor(text)
        guard depth != .none, case .rgb(let rgb) = wanted else { return color(text) }
        if case .rgb(let backgroundRGB) = themeColor(background), backgroundRGB == rgb {
            warnings.append(strings.text(.contrastInvisible, [
                "theme": theme.name, "text": text.rawValue, "background": background.rawValue, "colour": rgb.description,
            ]))
            return color(text)
        }
        let plain = color(text)
        let backgroundColor = color(background)
        guard plain == backgroundColor else { return plain }
        guard case .rgb(let backgroundRGB) = themeColor(background) else { return plain }
        let readable = ColorPalette.resolve(.rgb(Self.contrasting(backgroundRGB)), depth: depth, avoiding: backgroundColor)
        notes.append(strings.text(.contrastRedrawn, [
            "theme": theme.name, "depth": depth.terminalName(in: strings), "text": text.rawValue,
            "background": background.rawValue, "colour": name(plain), "readable": name(readable),
        ]))
        return readable
    }

    /// A readable colour on the window when its background is opaque: white on a dark window, black
    /// on a light one; the terminal's own colours when it is transparent.
    func windowText() -> TerminalColor {
        guard case .rgb(let background) = themeColor(.windowBackground) else { return .terminalDefault }
        return ColorPalette.resolve(.rgb(Self.contrasting(background)), depth: depth, avoiding: color(.windowBackground))
    }

    /// White for a dark background, black for a light one (by the luma of ITU-R BT.601).
    static func contrasting(_ background: RGBColor) -> RGBColor {
        let luma = 299 * Int(background.red) + 587 * Int(background.green) + 114 * Int(background.blue)
        return luma < 128_000 ? RGBColor(red: 0xFF, green: 0xFF, blue: 0xFF) : RGBColor(red: 0, green: 0, blue: 0)
    }

    private func name(_ color: TerminalColor) -> String {
        switch color {
        case .indexed(let index): strings.text(.colourIndexed, ["index": String(index)])
        case .rgb(let rgb): rgb.description
        case .terminalDefault: strings[.colourDefault]
        }
    }
}
