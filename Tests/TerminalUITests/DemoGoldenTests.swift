import Foundation
import Testing
import TillTesting

@testable import TerminalUI

/// Golden frames of demo mode, the banner on the title row, at 80×24 and 60×20
/// (TILL_UPDATE_GOLDEN=1 rewrites them); the QR code under the banner still scans.
@Suite struct DemoGoldenTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 20)]

    private func check(_ model: AppModel, _ name: String) throws {
        let size = model.size
        try expectMatchesFile(
            TillApp.view(model).plainText(),
            at: RepositoryPaths.goldenDirectory.appendingPathComponent("demo-\(name)-\(size.columns)x\(size.rows).txt"))
    }

    @Test(arguments: sizes)
    func everyScreenInDemoMode(size: TerminalSize) throws {
        for (name, model) in DemoBannerTests.screens(size: size) {
            try check(model, name)
        }
    }

    @Test(arguments: sizes)
    func theQRGoldensStillScan(size: TerminalSize) throws {
        guard ZBar.path != nil else { return }
        for name in ["qr", "demo-qr"] {
            let url = RepositoryPaths.goldenDirectory.appendingPathComponent("\(name)-\(size.columns)x\(size.rows).txt")
            let pane = try String(contentsOf: url, encoding: .utf8)
            var decoded: [String] = []
            for inkIsLight in [false, true] {
                let image = try PaneImage.qrImage(from: pane, inkIsLight: inkIsLight)
                decoded.append(try ZBar.decode(image.data, fileExtension: "pgm"))
            }
            #expect(decoded.contains(CheckoutFlowTests.payload), "\(name) at \(size): \(decoded)")
        }
    }
}
