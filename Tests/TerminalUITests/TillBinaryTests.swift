import Foundation
import Testing
import TillTesting

/// The real `till` binary's theme and start-up paths, run as a subprocess.
@Suite struct TillBinaryTests {
    static let binary = TillBinary.path

    @Test func themeImportWritesTheTakeMePayThemeFile() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build till first: swift build")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("till-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let styles = directory.appendingPathComponent("styles.xml")
        try AndroidStyleImporterTests.documentationStyle.write(to: styles, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("takemepay.toml")

        let result = try Subprocess.run(
            Self.binary, ["theme", "import", styles.path, "--style", "Theme.MyApp.Payment", "--name", "takemepay", "-o", output.path])
        #expect(result.status == 0, "\(result.errorOutput)")
        let written = try String(contentsOf: output, encoding: .utf8)
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("themes/takemepay.toml"), encoding: .utf8)
        #expect(written == "# Imported from \(styles.path) by till theme import.\n" + shipped)
    }

    @Test func themeImportOfAMissingFileSaysSo() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build till first: swift build")
        let result = try Subprocess.run(Self.binary, ["theme", "import", "/nonexistent/styles.xml"])
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("cannot read /nonexistent/styles.xml; check the path"))
    }

    @Test func anUnknownTerminalTypeGetsAMessageNotACrash() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build till first: swift build")
        // A home of its own: the counter opens its journal before the terminal, and the user's own
        // journal (written by another Till) must not decide this test.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-term-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let result = try Subprocess.run(
            Self.binary, [],
            environment: ["TERM": "no-such-terminal", "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config"])
        #expect(result.status == 2)
        #expect(result.errorOutput.contains("TERM=no-such-terminal) is unknown to ncurses"))
    }
}
