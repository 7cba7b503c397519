import Testing
import TillStrings
import TillTesting

@testable import TerminalUI

/// Golden frames of the shop's day screens in English (`shop-NAME-80x24.txt`; Japanese and Chinese
/// are among `LanguageGoldenTests`'), and the receipt's QR code on screen decodes.
@Suite struct ShopGoldenTests {
    @Test(arguments: LanguageGoldenTests.sizes)
    func everyShopScreen(size: TerminalSize) throws {
        for (name, model) in LanguageScreens.shopScreens(.en, size: size) {
            let file = "\(name)-\(size.columns)x\(size.rows).txt"
            try expectMatchesFile(TillApp.view(model).plainText(), at: RepositoryPaths.goldenDirectory.appendingPathComponent(file))
        }
    }

    @Test func theReceiptsQRCodeOnScreenDecodes() throws {
        guard ZBar.path != nil else { return }
        let model = try #require(LanguageScreens.shopScreens(.en, size: TerminalSize(columns: 80, rows: 24)).first { $0.name == "shop-receipt" }?.model)
        var scrolled = model
        scrolled.shop.document?.top = DocumentScreen.rowCount(model.shop.document!, in: model.size)
            - DocumentScreen.visibleRows(in: model.size)
        let pane = TillApp.view(scrolled).plainText()
        var decoded: [String] = []
        for inkIsLight in [false, true] {
            let image = try PaneImage.qrImage(from: pane, inkIsLight: inkIsLight)
            decoded.append(try ZBar.decode(image.data, fileExtension: "pgm"))
        }
        #expect(decoded.contains(LanguageScreens.order.rawValue), "\(decoded)")
    }
}
