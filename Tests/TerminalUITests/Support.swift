import Foundation
import Testing

/// Paths of the repository, found from this file's place in it.
enum RepositoryPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")

    /// True when the golden files (and theme files) are to be rewritten rather than checked.
    static var updating: Bool { ProcessInfo.processInfo.environment["TILL_UPDATE_GOLDEN"] == "1" }
}

/// Compares `actual` with a checked-in file, or rewrites the file when TILL_UPDATE_GOLDEN=1.
func expectMatchesFile(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if RepositoryPaths.updating {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing \(url.path); run the tests with TILL_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "differs from \(url.lastPathComponent) (TILL_UPDATE_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
}
