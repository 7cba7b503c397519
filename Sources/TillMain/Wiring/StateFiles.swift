import Foundation

/// Files Till keeps about its own state (not configuration, not the journal):
/// `$XDG_STATE_HOME/till/`, else `~/.local/state/till/` — the log and the theme chosen with F6.
enum StateFiles {
    /// The folder for this environment.
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/till" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/till"
    }

    /// The theme chosen with F6 at the last counter, if any (the start after uses it).
    static func keptTheme(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let data = FileManager.default.contents(atPath: folder(environment: environment) + "/theme"),
            data.count <= 4096
        else { return nil }
        let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }

    /// Keeps `name` for the next start; a failure to write is ignored (the theme is a comfort).
    static func keepTheme(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder = folder(environment: environment)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data((name + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/theme"), options: .atomic)
    }
}
