/// The attributes of the TakeMe Pay Android SDK's checkout sheet that a theme sets, by their SDK
/// names.
public enum ThemeAttribute: String, CaseIterable, Sendable, Hashable, Comparable {
    case windowBackground
    case confirmPayButtonColor
    case confirmPayButtonCornerRadius
    case confirmPayButtonTextColor
    case contentDividerColor
    case actionSheetBackgroundColor
    case commodityNameTextColor
    case commodityNameTextSize
    case commodityPriceTextColor
    case commodityPriceTextSize
    case paymentMethodTextColor
    case paymentMethodTextSize

    /// What kind of value the attribute takes.
    public enum Kind: Sendable {
        case color, dimension
    }

    public var kind: Kind {
        switch self {
        case .confirmPayButtonCornerRadius, .commodityNameTextSize, .commodityPriceTextSize, .paymentMethodTextSize:
            .dimension
        default:
            .color
        }
    }

    /// Finds an attribute by name, accepting Android's `android:` prefix (`android:windowBackground`).
    public init?(name: String) {
        let bare = name.hasPrefix("android:") ? String(name.dropFirst("android:".count)) : name
        self.init(rawValue: bare)
    }

    public static func < (lhs: ThemeAttribute, rhs: ThemeAttribute) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A value of a theme attribute.
public enum ThemeValue: Hashable, Sendable, CustomStringConvertible {
    case color(ThemeColor)
    case dimension(ThemeDimension)

    public var description: String {
        switch self {
        case .color(let color): color.description
        case .dimension(let dimension): dimension.description
        }
    }
}
