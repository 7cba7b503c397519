import Foundation
import Testing
import TillCore

@testable import TerminalUI

@Suite struct ThemeValueTests {
    @Test func coloursInEveryAndroidForm() {
        #expect(ThemeColor(parsing: "#0179FF") == .rgb(RGBColor(red: 0x01, green: 0x79, blue: 0xFF)))
        #expect(ThemeColor(parsing: "#eee") == .rgb(RGBColor(red: 0xEE, green: 0xEE, blue: 0xEE)))
        #expect(ThemeColor(parsing: "#800179FF") == .rgb(RGBColor(red: 0x01, green: 0x79, blue: 0xFF)))
        #expect(ThemeColor(parsing: "#000179FF") == .transparent)
        #expect(ThemeColor(parsing: " transparent ") == .transparent)
        for bad in ["0179FF", "#0179F", "#GGGGGG", "", "#", "blue", "#0179FF00A"] {
            #expect(ThemeColor(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func dimensions() {
        #expect(ThemeDimension(parsing: "4dp") == ThemeDimension(value: 4, unit: .dp))
        #expect(ThemeDimension(parsing: "36sp") == ThemeDimension(value: 36, unit: .sp))
        for bad in ["4", "dp", "4.5dp", "-4dp", "4em", "4 dp"] {
            #expect(ThemeDimension(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func textSizesAndCorners() {
        #expect(TextSize(ThemeDimension(value: 16, unit: .sp)) == .normal)
        #expect(TextSize(ThemeDimension(value: 20, unit: .sp)) == .bold)
        #expect(TextSize(ThemeDimension(value: 36, unit: .sp)) == .big)
        var square = BuiltinThemes.standard
        square.values[.confirmPayButtonCornerRadius] = .dimension(ThemeDimension(value: 0, unit: .dp))
        #expect(ResolvedTheme(square, depth: .palette256).corners == .square)
        #expect(ResolvedTheme(BuiltinThemes.standard, depth: .palette256).corners == .rounded)
    }
}

@Suite struct ThemeFileTests {
    private func entries(_ pairs: [(String, String)]) -> [ThemeEntry] {
        pairs.enumerated().map { ThemeEntry(key: $1.0, value: $1.1, line: $0 + 1) }
    }

    @Test func aThemeFromEntries() throws {
        let theme = try Theme(name: "shop", entries: entries([
            ("parent", "dark"), ("confirmPayButtonColor", "#FF0000"), ("android:windowBackground", "#000"),
            ("commodityPriceTextSize", "20sp"),
        ]))
        #expect(theme.parent == "dark")
        #expect(theme.color(.confirmPayButtonColor) == .rgb(RGBColor(red: 255, green: 0, blue: 0)))
        #expect(theme.color(.windowBackground) == .rgb(RGBColor(red: 0, green: 0, blue: 0)))
        #expect(theme.dimension(.commodityPriceTextSize) == ThemeDimension(value: 20, unit: .sp))
    }

    @Test func badValuesNameTheLineAndAttribute() {
        let cases: [([(String, String)], Int, String, String)] = [
            ([("confirmPayButtonColor", "#0179FF"), ("commodityNameTextColor", "navy")], 2, "commodityNameTextColor", "not a colour"),
            ([("commodityPriceTextSize", "big")], 1, "commodityPriceTextSize", "not a size"),
            ([("confirmPayButtonColour", "#fff")], 1, "confirmPayButtonColour", "not a theme attribute"),
            ([("contentDividerColor", "#fff"), ("contentDividerColor", "#000")], 2, "contentDividerColor", "set twice"),
            ([("parent", " ")], 1, "parent", "names no theme"),
        ]
        for (pairs, line, attribute, reason) in cases {
            #expect {
                try Theme(name: "shop", entries: entries(pairs))
            } throws: { error in
                guard let error = error as? ThemeError else { return false }
                return error.line == line && error.attribute == attribute && error.description.contains(reason)
                    && error.description.hasPrefix("theme shop, line \(line), \(attribute): ")
            }
        }
    }

    @Test func inheritanceFillsInFromTheParentChain() throws {
        let child = Theme(name: "child", parent: "dark", values: [.confirmPayButtonColor: .color(.rgb(RGBColor(red: 1, green: 2, blue: 3)))])
        let complete = try ThemeChain.builtin.complete(child)
        #expect(complete.color(.confirmPayButtonColor) == .rgb(RGBColor(red: 1, green: 2, blue: 3)))
        #expect(complete.color(.actionSheetBackgroundColor) == BuiltinThemes.dark.color(.actionSheetBackgroundColor))
        #expect(complete.dimension(.commodityPriceTextSize) == BuiltinThemes.standard.dimension(.commodityPriceTextSize))
        #expect(complete.values.count == ThemeAttribute.allCases.count)
    }

    @Test func aCycleOfParentsIsAnError() {
        let themes = [
            "a": Theme(name: "a", parent: "b"), "b": Theme(name: "b", parent: "c"), "c": Theme(name: "c", parent: "a"),
        ]
        let chain = ThemeChain { name in themes[name] }
        #expect {
            try chain.complete(themes["a"]!)
        } throws: { error in
            "\(error)".contains("cycle: a → b → c → a")
        }
    }

    @Test func aMissingParentIsAnError() {
        #expect {
            try ThemeChain.builtin.complete(Theme(name: "x", parent: "nowhere"))
        } throws: { error in
            "\(error)".contains("parent theme \"nowhere\" not found")
        }
    }

    @Test func theLoaderFallsBackToTheDefaultWithAMessage() {
        let loader = ThemeLoader(readEntries: { path in
            guard path == "shop/bad.toml" else { throw CocoaError(.fileNoSuchFile) }
            return [ThemeEntry(key: "confirmPayButtonColor", value: "#12", line: 7)]
        })
        let bad = loader.load("shop/bad.toml")
        #expect(bad.theme == BuiltinThemes.standard)
        #expect(bad.messages == [
            "theme bad.toml, line 7, confirmPayButtonColor: \"#12\" is not a colour; write #RRGGBB, #RGB, #AARRGGBB or transparent; using the default theme"
        ])
        let dark = loader.load("dark")
        #expect(dark.messages.isEmpty)
        #expect(dark.theme.color(.actionSheetBackgroundColor) == BuiltinThemes.dark.color(.actionSheetBackgroundColor))
        #expect(ThemeLoader().load("nonesuch").messages.first?.contains("no built-in theme") == true)
    }

    /// The files in themes/ are the built-in themes, written by ThemeFileWriter.
    @Test(arguments: BuiltinThemes.all)
    func themeFilesMatchTheBuiltInThemes(theme: Theme) throws {
        let url = RepositoryPaths.root.appendingPathComponent("themes/\(theme.name).toml")
        try expectMatchesFile(ThemeFileWriter.text(of: theme), at: url)
    }

    @Test func writerQuotesTOMLStrings() {
        #expect(StringQuoting.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
        let text = ThemeFileWriter.text(of: BuiltinThemes.takeMePay)
        #expect(text.contains("confirmPayButtonColor = \"#0179FF\"\n"))
        #expect(text.contains("parent = \"default\"\n"))
    }
}
