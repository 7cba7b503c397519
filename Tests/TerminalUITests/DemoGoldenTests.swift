import Foundation
import Testing

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
        let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let zbarimg else { return }
        for name in ["qr", "demo-qr"] {
            let url = RepositoryPaths.goldenDirectory.appendingPathComponent("\(name)-\(size.columns)x\(size.rows).txt")
            let pane = try String(contentsOf: url, encoding: .utf8)
            var decoded: [String] = []
            for inkIsLight in [false, true] {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString).pgm").path
                defer { try? FileManager.default.removeItem(atPath: path) }
                try PaneImage.qrImage(from: pane, inkIsLight: inkIsLight).write(to: URL(fileURLWithPath: path))
                decoded.append(try Subprocess.run(zbarimg, ["--raw", "-q", path]).output.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            #expect(decoded.contains(CheckoutFlowTests.payload), "\(name) at \(size): \(decoded)")
        }
    }
}
