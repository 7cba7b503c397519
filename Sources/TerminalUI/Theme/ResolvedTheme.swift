/// How large a text is drawn, from its `sp` size: the terminal has one font size, so larger
/// sizes become bold, and the largest become big block digits where there is room.
public enum TextSize: Int, Sendable, Hashable, Comparable {
    case normal, bold, big

    /// Below 18sp normal, below 28sp bold, from 28sp big.
    public init(_ dimension: ThemeDimension) {
        switch dimension.value {
        case ..<18: self = .normal
        case ..<28: self = .bold
        default: self = .big
        }
    }

    public static func < (lhs: TextSize, rhs: TextSize) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A theme fitted to one terminal: every colour resolved once to what the terminal can show,
/// sizes turned into text sizes, the corner radius into corners. The QR code never uses it.
public struct ResolvedTheme: Hashable, Sendable {
    public let name: String
    public let depth: ColorDepth
    public let window: CellStyle
    public let sheet: CellStyle
    public let commodityName: CellStyle
    public let commodityPrice: CellStyle
    public let paymentMethod: CellStyle
    public let divider: CellStyle
    public let button: CellStyle
    public let commodityNameSize: TextSize
    public let commodityPriceSize: TextSize
    public let paymentMethodSize: TextSize
    public let corners: BoxCorners
    /// Text and background pairs that became the same colour at this depth.
    public let warnings: [String]

    /// Resolves `theme`, which must be complete (see `ThemeChain.complete`); attributes it lacks
    /// come from the built-in default.
    public init(_ theme: Theme, depth: ColorDepth) {
        func color(_ attribute: ThemeAttribute) -> TerminalColor {
            let value = theme.color(attribute) ?? BuiltinThemes.standard.color(attribute) ?? .transparent
            return ColorPalette.resolve(value, depth: depth)
        }
        func size(_ attribute: ThemeAttribute) -> ThemeDimension {
            theme.dimension(attribute) ?? BuiltinThemes.standard.dimension(attribute)
                ?? ThemeDimension(value: 16, unit: .sp)
        }
        name = theme.name
        self.depth = depth
        let sheetBackground = color(.actionSheetBackgroundColor)
        commodityNameSize = TextSize(size(.commodityNameTextSize))
        commodityPriceSize = TextSize(size(.commodityPriceTextSize))
        paymentMethodSize = TextSize(size(.paymentMethodTextSize))
        window = CellStyle(background: color(.windowBackground))
        sheet = CellStyle(background: sheetBackground)
        commodityName = CellStyle(
            foreground: color(.commodityNameTextColor), background: sheetBackground, bold: commodityNameSize >= .bold)
        commodityPrice = CellStyle(
            foreground: color(.commodityPriceTextColor), background: sheetBackground, bold: commodityPriceSize >= .bold)
        paymentMethod = CellStyle(
            foreground: color(.paymentMethodTextColor), background: sheetBackground, bold: paymentMethodSize >= .bold)
        divider = CellStyle(foreground: color(.contentDividerColor), background: sheetBackground)
        // Without colour the button is told apart by reverse video.
        button =
            depth == .none
            ? CellStyle(bold: true, reverse: true)
            : CellStyle(
                foreground: color(.confirmPayButtonTextColor), background: color(.confirmPayButtonColor), bold: true)
        corners = (theme.dimension(.confirmPayButtonCornerRadius)?.value ?? 4) > 0 ? .rounded : .square
        warnings = Self.sameColourWarnings(theme: theme, depth: depth, resolve: color)
    }

    private static let textOnBackground: [(ThemeAttribute, ThemeAttribute)] = [
        (.commodityNameTextColor, .actionSheetBackgroundColor),
        (.commodityPriceTextColor, .actionSheetBackgroundColor),
        (.paymentMethodTextColor, .actionSheetBackgroundColor),
        (.contentDividerColor, .actionSheetBackgroundColor),
        (.confirmPayButtonTextColor, .confirmPayButtonColor),
    ]

    private static func sameColourWarnings(
        theme: Theme, depth: ColorDepth, resolve: (ThemeAttribute) -> TerminalColor
    ) -> [String] {
        guard depth != .none else { return [] }
        return textOnBackground.compactMap { text, background in
            let foreground = resolve(text)
            guard foreground != .terminalDefault, foreground == resolve(background) else { return nil }
            let shown: String
            switch foreground {
            case .indexed(let index): shown = "colour \(index)"
            case .rgb(let rgb): shown = rgb.description
            case .terminalDefault: shown = "the default colour"
            }
            return "theme \(theme.name): \(text.rawValue) and \(background.rawValue) both become \(shown) "
                + "on this terminal (\(depth.rawValue)), so that text is invisible; pick colours further apart"
        }
    }

    /// Styles of the parts of the screen the SDK has no attribute for, derived from the sheet.
    public var keyBarKey: CellStyle { CellStyle(bold: true, reverse: true) }
    public var keyBarAction: CellStyle { window }
    public var hint: CellStyle { paymentMethod.bold(false) }
    public var error: CellStyle {
        depth == .none
            ? commodityName.bold() : CellStyle(foreground: .indexed(1), background: sheet.background, bold: true)
    }
    public var focusedField: CellStyle { commodityPrice.reversed() }
}
