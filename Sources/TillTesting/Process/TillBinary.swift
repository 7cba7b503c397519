import Foundation

/// Where the built `till` executable is, for the tests that run it as a user would.
public enum TillBinary {
    /// `TILL_BINARY` when set; else the `till` beside the test bundle (`.build/<configuration>/till`,
    /// the build the tests came from); else `.build/debug/till` of this checkout.
    public static let path: String = {
        if let path = ProcessInfo.processInfo.environment["TILL_BINARY"], !path.isEmpty { return path }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("till")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/till").path
    }()

    /// The checkout this file is in.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether it has been built.
    public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }
}
