/// The themes shipped with Till; the files in `themes/` are written from these (a test keeps them
/// equal), so Till needs no file to start.
public enum BuiltinThemes {
    public static let defaultName = "default"

    /// The terminal's own colours, a blue pay button and big digits: complete, every other
    /// theme's last ancestor.
    public static let standard = Theme(
        name: defaultName,
        values: [
            .windowBackground: .color(.transparent),
            .confirmPayButtonColor: color("#0179FF"),
            .confirmPayButtonCornerRadius: size(4, .dp),
            .confirmPayButtonTextColor: color("#FFFFFF"),
            .contentDividerColor: color("#808080"),
            .actionSheetBackgroundColor: .color(.transparent),
            .commodityNameTextColor: .color(.transparent),
            .commodityNameTextSize: size(16, .sp),
            .commodityPriceTextColor: .color(.transparent),
            .commodityPriceTextSize: size(36, .sp),
            .paymentMethodTextColor: .color(.transparent),
            .paymentMethodTextSize: size(16, .sp),
        ])

    /// Light text on a dark sheet.
    public static let dark = Theme(
        name: "dark", parent: defaultName,
        values: [
            .windowBackground: color("#000000"),
            .confirmPayButtonColor: color("#2F6FEB"),
            .confirmPayButtonTextColor: color("#FFFFFF"),
            .contentDividerColor: color("#767676"),
            .actionSheetBackgroundColor: color("#1C1C1C"),
            .commodityNameTextColor: color("#D0D0D0"),
            .commodityPriceTextColor: color("#FFFFFF"),
            .paymentMethodTextColor: color("#BCBCBC"),
        ])

    /// White and yellow on black, square corners, bold names: for bright shops and tired eyes.
    public static let highContrast = Theme(
        name: "high-contrast", parent: defaultName,
        values: [
            .windowBackground: color("#000000"),
            .confirmPayButtonColor: color("#FFFF00"),
            .confirmPayButtonCornerRadius: size(0, .dp),
            .confirmPayButtonTextColor: color("#000000"),
            .contentDividerColor: color("#FFFFFF"),
            .actionSheetBackgroundColor: color("#000000"),
            .commodityNameTextColor: color("#FFFFFF"),
            .commodityNameTextSize: size(20, .sp),
            .commodityPriceTextColor: color("#FFFF00"),
            .paymentMethodTextColor: color("#FFFFFF"),
            .paymentMethodTextSize: size(20, .sp),
        ])

    /// The example style of TakeMe Pay's Android SDK documentation.
    public static let takeMePay = Theme(
        name: "takemepay", parent: defaultName,
        values: [
            .windowBackground: .color(.transparent),
            .confirmPayButtonColor: color("#0179FF"),
            .confirmPayButtonCornerRadius: size(4, .dp),
            .confirmPayButtonTextColor: color("#FFFFFF"),
            .contentDividerColor: color("#eeeeee"),
            .actionSheetBackgroundColor: color("#FFFFFF"),
            .commodityNameTextColor: color("#253955"),
            .commodityNameTextSize: size(16, .sp),
            .commodityPriceTextColor: color("#3c444f"),
            .commodityPriceTextSize: size(36, .sp),
            .paymentMethodTextColor: color("#131111"),
            .paymentMethodTextSize: size(16, .sp),
        ])

    public static let all: [Theme] = [standard, dark, highContrast, takeMePay]

    /// The built-in theme called `name`, if there is one.
    public static func named(_ name: String) -> Theme? {
        all.first { $0.name == name }
    }

    private static func color(_ text: String) -> ThemeValue {
        guard let color = ThemeColor(parsing: text) else { preconditionFailure("bad built-in colour \(text)") }
        return .color(color)
    }

    private static func size(_ value: Int, _ unit: ThemeDimension.Unit) -> ThemeValue {
        .dimension(ThemeDimension(value: value, unit: unit))
    }
}
