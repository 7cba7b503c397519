import Testing

@testable import TerminalUI

/// A theme with an opaque window paints every cell with its own colours, so nothing depends on the
/// terminal's: on a light terminal no label turns white on white, on a dark one black on black.
@Suite struct ThemePaintTests {
    static let opaqueThemes = BuiltinThemes.all.filter { $0.color(.windowBackground) != .transparent }

    @Test(arguments: opaqueThemes, [ColorDepth.truecolor, .palette256, .ansi16, .ansi8])
    func everyCellHasItsOwnColours(theme: Theme, depth: ColorDepth) throws {
        let resolved = ResolvedTheme(try ThemeChain.builtin.complete(theme), depth: depth)
        let size = TerminalSize(columns: 80, rows: 24)
        var screens = DemoBannerTests.screens(size: size)
        var refund = HistoryFixtures.session(size: size)
        refund.type([.character("r")])
        screens.append(("refund", refund.model))
        for (name, model) in screens {
            for isDemo in [false, true] {
                var painted = model
                painted.theme = resolved
                painted.isDemo = isDemo
                let frame = TillApp.view(painted)
                let unpainted = frame.cells.indices.filter {
                    frame.cells[$0].style.background == .terminalDefault || frame.cells[$0].style.foreground == .terminalDefault
                }
                let first = unpainted.first.map { "row \($0 / frame.columns), column \($0 % frame.columns)" } ?? ""
                #expect(unpainted.isEmpty, "\(theme.name) at \(depth): \(name) has \(unpainted.count) cells in the terminal's colours, first at \(first)")
            }
        }
    }

    /// Text never lands on its own background's palette entry: it takes the nearest one that differs.
    @Test(arguments: BuiltinThemes.all, ColorDepth.allCases)
    func noTextIsItsBackgroundsColour(theme: Theme, depth: ColorDepth) throws {
        let resolved = ResolvedTheme(try ThemeChain.builtin.complete(theme), depth: depth)
        for style in [resolved.commodityName, resolved.commodityPrice, resolved.paymentMethod, resolved.divider, resolved.button, resolved.window, resolved.keyBarKey]
        where style.foreground != .terminalDefault {
            #expect(style.foreground != style.background, "\(theme.name) at \(depth): \(style)")
        }
        #expect(resolved.warnings.isEmpty, "\(resolved.warnings)")
    }
}
