import Foundation

/// zbarimg (zbar-tools): a QR reader independent of the one Till links, so that what Till draws and
/// what the sandbox serves are checked by a second reader.
public enum ZBar {
    /// zbarimg's path; nil when it is not installed (the tests that need it then skip, except on CI).
    public static let path: String? = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg", "/opt/homebrew/bin/zbarimg"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The text of the QR codes zbarimg finds in `image` (one per line), or "" for none.
    /// `fileExtension` names the image's format for zbarimg (`png`, `pgm`).
    public static func decode(_ image: Data, fileExtension: String) throws -> String {
        guard let path else { throw Subprocess.Failure(description: "zbarimg is missing: apt-get install -y zbar-tools") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("till-zbar-\(UUID().uuidString).\(fileExtension)")
        try image.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Subprocess.run(path, ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file.path])
        var text = result.output
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
