import Foundation
import Testing

@testable import TerminalUI

@Suite struct AndroidStyleImporterTests {
    /// The style of TakeMe Pay's Android SDK documentation, as an app's styles.xml holds it.
    static let documentationStyle = """
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <style name="Theme.MyApp.Payment" parent="TakeMePay.PaymentDialog">
                <item name="android:windowBackground">@android:color/transparent</item>
                <item name="confirmPayButtonColor">#0179FF</item>
                <item name="confirmPayButtonCornerRadius">4dp</item>
                <item name="confirmPayButtonTextColor">#FFFFFF</item>
                <item name="contentDividerColor">#eeeeee</item>
                <item name="actionSheetBackgroundColor">#FFFFFF</item>
                <item name="commodityNameTextColor">#253955</item>
                <item name="commodityNameTextSize">16sp</item>
                <item name="commodityPriceTextColor">#3c444f</item>
                <item name="commodityPriceTextSize">36sp</item>
                <item name="paymentMethodTextColor">#131111</item>
                <item name="paymentMethodTextSize">16sp</item>
            </style>
            <style name="Theme.MyApp.Night" parent="Theme.MyApp.Payment">
                <item name="actionSheetBackgroundColor">#000000</item>
                <item name="colorAccent">#FF4081</item>
                <item name="commodityNameTextColor">@color/ink</item>
            </style>
        </resources>
        """

    @Test func theDocumentationStyleBecomesTheTakeMePayTheme() throws {
        let result = try AndroidStyleImporter.importStyle(from: Data(Self.documentationStyle.utf8), themeName: "takemepay")
        #expect(result.warnings.isEmpty)
        #expect(result.theme == BuiltinThemes.takeMePay)
        #expect(ThemeFileWriter.text(of: result.theme) == ThemeFileWriter.text(of: BuiltinThemes.takeMePay))
    }

    @Test func aChildStyleKeepsItsParentAndReportsWhatItLeftOut() throws {
        let result = try AndroidStyleImporter.importStyle(
            from: Data(Self.documentationStyle.utf8), styleName: "Theme.MyApp.Night")
        #expect(result.theme.name == "theme-myapp-night")
        #expect(result.theme.parent == "theme-myapp-payment")
        #expect(result.theme.values == [.actionSheetBackgroundColor: .color(.rgb(RGBColor(red: 0, green: 0, blue: 0)))])
        #expect(result.warnings.count == 2)
        #expect(result.warnings[0].hasPrefix("line 19: colorAccent is not a checkout sheet attribute"))
        #expect(result.warnings[1].hasPrefix("line 20: commodityNameTextColor = \"@color/ink\" cannot be converted"))
    }

    @Test func errorsSayWhatIsWrong() {
        #expect {
            try AndroidStyleImporter.importStyle(from: Data("<resources><style name='a'></resources>".utf8))
        } throws: { "\($0)".contains("not well formed") }
        #expect {
            try AndroidStyleImporter.importStyle(from: Data("<resources/>".utf8))
        } throws: { "\($0)".contains("no <style> element") }
        #expect {
            try AndroidStyleImporter.importStyle(from: Data(Self.documentationStyle.utf8), styleName: "Nope")
        } throws: { "\($0)".contains("Theme.MyApp.Payment, Theme.MyApp.Night") }
    }
}
