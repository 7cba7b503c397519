import Foundation

/// Till's log file: `$XDG_STATE_HOME/till/till.log`, else `~/.local/state/till/till.log`. Lines are
/// appended whole (one `write` each, `O_APPEND`), so several processes can share the file; past
/// `maximumBytes` the file is renamed `till.log.1` (replacing the older one) and a new one begins.
/// Nothing here ever writes to the terminal: the counter's screen belongs to the counter.
final class LogFile: Sendable {
    /// Where the log lives for this environment.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        StateFiles.folder(environment: environment) + "/till.log"
    }

    /// 1 MiB a generation: the current file and one older.
    static let defaultMaximumBytes = 1 << 20

    let path: String
    let maximumBytes: Int

    init(path: String = LogFile.defaultPath(), maximumBytes: Int = LogFile.defaultMaximumBytes) {
        self.path = path
        self.maximumBytes = maximumBytes
    }

    /// Appends one line (a newline is added). A log that cannot be written is dropped silently:
    /// logging must never stop a payment or draw over the screen.
    func append(_ line: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        rotateIfFull()
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The last `count` lines of the current file (and of the older one when the current has fewer).
    func tail(_ count: Int) -> [String] {
        guard count > 0 else { return [] }
        var lines = Self.lines(of: path)
        if lines.count < count { lines = Self.lines(of: path + ".1") + lines }
        return Array(lines.suffix(count))
    }

    private func rotateIfFull() {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) >= maximumBytes else { return }
        _ = rename(path, path + ".1")
    }

    private static func lines(of path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
