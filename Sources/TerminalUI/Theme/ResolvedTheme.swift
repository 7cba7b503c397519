import TillStrings

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
    /// Text the theme makes invisible on every terminal (its colour is its background's).
    public let warnings: [String]
    /// Text drawn in another colour than the theme's at this depth, to stay off its background.
    public let notes: [String]

    /// Resolves `theme`, which must be complete (see `ThemeChain.complete`); attributes it lacks
    /// come from the built-in default. Every cell gets explicit colours when the window is opaque.
    /// The notes and warnings are in the language of `strings`.
    public init(_ theme: Theme, depth: ColorDepth, strings: Strings = Strings(.en)) {
        func size(_ attribute: ThemeAttribute) -> TextSize {
            TextSize(
                theme.dimension(attribute) ?? BuiltinThemes.standard.dimension(attribute)
                    ?? ThemeDimension(value: 16, unit: .sp))
        }
        var contrast = ThemeContrast(theme: theme, depth: depth, strings: strings)
        name = theme.name
        self.depth = depth
        let sheetBackground = contrast.color(.actionSheetBackgroundColor)
        commodityNameSize = size(.commodityNameTextSize)
        commodityPriceSize = size(.commodityPriceTextSize)
        paymentMethodSize = size(.paymentMethodTextSize)
        func onSheet(_ attribute: ThemeAttribute, bold: Bool) -> CellStyle {
            CellStyle(foreground: contrast.text(attribute, on: .actionSheetBackgroundColor), background: sheetBackground, bold: bold)
        }
        window = CellStyle(foreground: contrast.windowText(), background: contrast.color(.windowBackground))
        commodityName = onSheet(.commodityNameTextColor, bold: commodityNameSize >= .bold)
        commodityPrice = onSheet(.commodityPriceTextColor, bold: commodityPriceSize >= .bold)
        paymentMethod = onSheet(.paymentMethodTextColor, bold: paymentMethodSize >= .bold)
        sheet = paymentMethod.bold(false)
        divider = onSheet(.contentDividerColor, bold: false)
        // Without colour the button is told apart by reverse video.
        button =
            depth == .none
            ? CellStyle(bold: true, reverse: true)
            : CellStyle(
                foreground: contrast.text(.confirmPayButtonTextColor, on: .confirmPayButtonColor),
                background: contrast.color(.confirmPayButtonColor), bold: true)
        corners = (theme.dimension(.confirmPayButtonCornerRadius)?.value ?? 4) > 0 ? .rounded : .square
        warnings = contrast.warnings
        notes = contrast.notes
    }

    /// Styles of the parts of the screen the SDK has no attribute for, derived from the sheet.
    public var keyBarKey: CellStyle {
        window.background == .terminalDefault
            ? CellStyle(bold: true, reverse: true)
            : CellStyle(foreground: window.background, background: window.foreground, bold: true)
    }
    public var keyBarAction: CellStyle { window }
    public var hint: CellStyle { paymentMethod.bold(false) }
    public var error: CellStyle {
        depth == .none
            ? commodityName.bold() : CellStyle(foreground: .indexed(1), background: sheet.background, bold: true)
    }
    public var focusedField: CellStyle { commodityPrice.reversed() }
}
