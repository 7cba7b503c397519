import Foundation
import Testing
import TillTesting

/// `till theme check` on real theme files read by the TOML reader, and the theme folders.
@Suite struct ThemeCommandTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "till-theme-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/xdg/till/themes", withIntermediateDirectories: true)
    }

    func till(_ arguments: [String]) throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: ["XDG_CONFIG_HOME": directory + "/xdg"])
    }

    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + path))
    }

    @Test func checkPrintsEveryAttributeWithTheThemeThatSetIt() throws {
        try write("# a shop\nparent = \"night\"\ncommodityNameTextColor = '#010203'\n", "shop.toml")
        try write("parent = \"dark\"\nconfirmPayButtonColor = \"#0A0B0C\"\n", "xdg/till/themes/night.toml")
        let run = try till(["theme", "check", directory + "/shop.toml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Theme shop (\(directory)/shop.toml): OK"))
        #expect(run.stdout.contains("Inherits: shop (\(directory)/shop.toml) → night (\(directory)/xdg/till/themes/night.toml) → dark → default"))
        #expect(run.stdout.contains("commodityNameTextColor       = \"#010203\"  # from shop"))
        #expect(run.stdout.contains("confirmPayButtonColor        = \"#0A0B0C\"  # from night"))
        #expect(run.stdout.contains("actionSheetBackgroundColor   = \"#1C1C1C\"  # from dark"))
        #expect(run.stdout.contains("paymentMethodTextSize        = \"16sp\"  # from default"))
    }

    @Test func checkFindsANameInTheThemeFolder() throws {
        try write("windowBackground = \"#000\"\n", "xdg/till/themes/night.toml")
        let run = try till(["theme", "check", "night"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("windowBackground             = \"#000000\"  # from night"))
    }

    @Test func aBadValueNamesTheFileLineAndAttribute() throws {
        try write("parent = \"dark\"\n\ncontentDividerColor = \"#12\"\n", "bad.toml")
        let run = try till(["theme", "check", directory + "/bad.toml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("theme \(directory)/bad.toml, line 3, contentDividerColor: \"#12\" is not a colour"))
    }

    @Test func tomlErrorsAndNonTextValuesNameTheLineToo() throws {
        try write("windowBackground = \"#000\"\nconfirmPayButtonCornerRadius = 4\n", "number.toml")
        let number = try till(["theme", "check", directory + "/number.toml"])
        #expect(number.status == 2)
        #expect(number.stderr.contains("line 2, confirmPayButtonCornerRadius: is an integer; a theme file holds only text values"))
        try write("windowBackground = \"#000\n", "broken.toml")
        let broken = try till(["theme", "check", directory + "/broken.toml"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.toml, line 1, windowBackground: the string is not closed on its line"))
    }

    @Test func listShowsTheBuiltInThemesThenTheFiles() throws {
        try write("parent = \"dark\"\n", "xdg/till/themes/night.toml")
        try write("parent = 3\n", "xdg/till/themes/odd.toml")
        let run = try till(["theme", "list"])
        #expect(run.status == 0)
        #expect(run.stdout == "default\ndark\nhigh-contrast\ntakemepay\nnight  \(directory)/xdg/till/themes/night.toml\n")
        #expect(run.stderr.contains("odd.toml, line 1, parent: is an integer"))
    }

    @Test func anUnknownNameSaysWhereItLooked() throws {
        let run = try till(["theme", "check", "nonesuch"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(directory)/xdg/till/themes/nonesuch.toml or themes/nonesuch.toml"))
    }
}
