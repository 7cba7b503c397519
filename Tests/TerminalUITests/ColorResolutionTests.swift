import Testing

@testable import TerminalUI

@Suite struct ColorResolutionTests {
    private let takeMePay = try! ThemeChain.builtin.complete(BuiltinThemes.takeMePay)

    @Test func depthDetection() {
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor", "TERM": "xterm"], cursesColors: 8) == .truecolor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], cursesColors: nil) == .truecolor)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color"], cursesColors: nil) == .palette256)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm"], cursesColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm"], cursesColors: 16) == .ansi16)
        #expect(ColorDepth.detect(environment: ["TERM": "screen"], cursesColors: 256) == .palette256)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-direct"], cursesColors: nil) == .truecolor)
        #expect(ColorDepth.detect(environment: ["TERM": "vt100"], cursesColors: 0) == .none)
        #expect(ColorDepth.detect(environment: ["TERM": "dumb"], cursesColors: nil) == .none)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], cursesColors: 256) == .none)
    }

    @Test func paletteShape() {
        #expect(ColorPalette.xterm256.count == 256)
        #expect(ColorPalette.xterm256[16] == RGBColor(red: 0, green: 0, blue: 0))
        #expect(ColorPalette.xterm256[21] == RGBColor(red: 0, green: 0, blue: 255))
        #expect(ColorPalette.xterm256[231] == RGBColor(red: 255, green: 255, blue: 255))
        #expect(ColorPalette.xterm256[232] == RGBColor(red: 8, green: 8, blue: 8))
        #expect(ColorPalette.xterm256[255] == RGBColor(red: 238, green: 238, blue: 238))
    }

    @Test func nearestColourPerDepth() {
        let blue = RGBColor(red: 0x01, green: 0x79, blue: 0xFF)
        #expect(ColorPalette.resolve(.rgb(blue), depth: .truecolor) == .rgb(blue))
        #expect(ColorPalette.resolve(.rgb(blue), depth: .palette256) == .indexed(33))  // #0087FF
        #expect(ColorPalette.resolve(.rgb(blue), depth: .ansi16) == .indexed(12))
        #expect(ColorPalette.resolve(.rgb(blue), depth: .ansi8) == .indexed(6))  // azure is nearer cyan than blue
        #expect(ColorPalette.resolve(.rgb(blue), depth: .none) == .terminalDefault)
        #expect(ColorPalette.resolve(.transparent, depth: .truecolor) == .terminalDefault)
        let white = RGBColor(red: 255, green: 255, blue: 255)
        #expect(ColorPalette.nearestIndex(to: white, depth: .palette256) == 231)
        #expect(ColorPalette.nearestIndex(to: white, depth: .ansi16) == 15)
        #expect(ColorPalette.nearestIndex(to: white, depth: .ansi8) == 7)
        let grey = RGBColor(red: 0xEE, green: 0xEE, blue: 0xEE)
        #expect(ColorPalette.nearestIndex(to: grey, depth: .palette256) == 255)
    }

    @Test func theTakeMePayThemeAtEveryDepth() {
        let truecolor = ResolvedTheme(takeMePay, depth: .truecolor)
        #expect(truecolor.button.background == .rgb(RGBColor(red: 0x01, green: 0x79, blue: 0xFF)))
        #expect(truecolor.commodityPrice.foreground == .rgb(RGBColor(red: 0x3C, green: 0x44, blue: 0x4F)))
        #expect(truecolor.commodityPriceSize == .big)
        #expect(truecolor.warnings.isEmpty)
        let palette = ResolvedTheme(takeMePay, depth: .palette256)
        #expect(palette.button.background == .indexed(33))
        #expect(palette.sheet.background == .indexed(231))
        #expect(palette.warnings.isEmpty)
        let none = ResolvedTheme(takeMePay, depth: .none)
        #expect(none.button == CellStyle(bold: true, reverse: true))
        #expect(none.sheet.background == .terminalDefault)
        #expect(none.warnings.isEmpty)
    }

    @Test func textThatWouldBecomeItsBackgroundTakesTheNearestOtherColour() {
        // #EEEEEE on #FFFFFF is readable in true colour but both are white (7) at 8 colours.
        let divider = ResolvedTheme(takeMePay, depth: .ansi8)
        #expect(divider.warnings.isEmpty)
        #expect(divider.sheet.background == .indexed(7))
        #expect(divider.divider.foreground == .indexed(0), "black on the white sheet")
        #expect(divider.notes == [
            "theme takemepay: on 8-colour terminals (ansi8) contentDividerColor and actionSheetBackgroundColor "
                + "would both be colour 7; contentDividerColor is drawn in colour 0 there",
        ])
        #expect(ResolvedTheme(takeMePay, depth: .truecolor).notes.isEmpty)
        var same = takeMePay
        same.values[.confirmPayButtonTextColor] = same.values[.confirmPayButtonColor]
        #expect(ResolvedTheme(same, depth: .truecolor).warnings.contains {
            $0.contains("confirmPayButtonTextColor and confirmPayButtonColor are both #0179FF") && $0.contains("every terminal")
        })
    }

    @Test(arguments: BuiltinThemes.all)
    func shippedThemesAreReadableAt256Colours(theme: Theme) throws {
        let complete = try ThemeChain.builtin.complete(theme)
        #expect(ResolvedTheme(complete, depth: .palette256).warnings == [])
    }
}
