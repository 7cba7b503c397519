import Foundation
import Testing
import TillStrings
import TillTesting

@testable import TerminalUI

/// Golden frames of every counter screen in Japanese and Simplified Chinese at 80×24 and 60×20
/// (`NAME-ja-80x24.txt`, `NAME-zh-Hans-60x20.txt`; the English ones are the other goldens).
/// TILL_UPDATE_GOLDEN=1 rewrites them.
@Suite struct LanguageGoldenTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 20)]
    static let arguments = [Language.ja, .zhHans].flatMap { language in sizes.map { (language, $0) } }

    @Test(arguments: arguments)
    func everyScreen(language: Language, size: TerminalSize) throws {
        for (name, model) in LanguageScreens.all(language, size: size) {
            let file = "\(name)-\(language.rawValue)-\(size.columns)x\(size.rows).txt"
            try expectMatchesFile(TillApp.view(model).plainText(), at: RepositoryPaths.goldenDirectory.appendingPathComponent(file))
        }
    }

    @Test(arguments: arguments)
    func theQRGoldensStillScan(language: Language, size: TerminalSize) throws {
        guard ZBar.path != nil else { return }
        let url = RepositoryPaths.goldenDirectory.appendingPathComponent("qr-\(language.rawValue)-\(size.columns)x\(size.rows).txt")
        let pane = try String(contentsOf: url, encoding: .utf8)
        var decoded: [String] = []
        for inkIsLight in [false, true] {
            let image = try PaneImage.qrImage(from: pane, inkIsLight: inkIsLight)
            decoded.append(try ZBar.decode(image.data, fileExtension: "pgm"))
        }
        #expect(decoded.contains(CheckoutFlowTests.payload), "\(url.lastPathComponent): \(decoded)")
    }
}
