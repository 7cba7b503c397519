import Foundation
import TerminalUI
import TillConfig

/// Reads theme files with the configuration's TOML reader: TerminalUI knows themes but not TOML,
/// TillConfig knows TOML but not themes, and this is where the two meet.
enum ThemeFiles {
    /// A loader that reads theme files and looks for `NAME.toml` in the user's theme folder
    /// (`$XDG_CONFIG_HOME/till/themes`, else `~/.config/till/themes`), then in `./themes`.
    static func loader(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLoader {
        ThemeLoader(readEntries: { path in try entries(atPath: path) }, searchFolders: searchFolders(environment: environment))
    }

    /// The folders `NAME.toml` is looked for in, in order.
    static func searchFolders(environment: [String: String]) -> [String] {
        let configFolder = (ConfigLoader.defaultPath(environment: environment) as NSString).deletingLastPathComponent
        return [(configFolder as NSString).appendingPathComponent("themes"), "themes"]
    }

    /// The `key = "value"` pairs of the theme file at `path`, with their lines. A theme file is
    /// flat: every value is a string, and tables are refused, each with the line and key.
    static func entries(atPath path: String) throws -> [ThemeEntry] {
        let data: Data
        do {
            data = try BoundedFile.read(path, limit: TOMLLimits.standard.maximumBytes)
        } catch .tooLarge(let limit) {
            throw ThemeError(theme: path, reason: "is larger than the limit of \(BoundedFile.sizeText(limit)) for a theme file; check that this is the right file")
        } catch {
            throw ThemeError(theme: path, reason: "cannot be read; check that the file exists and is readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(theme: path, reason: "is not UTF-8 text; save it as UTF-8")
        }
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text)
        } catch {
            let reason = error.message + (error.hint.map { "; \($0)" } ?? "")
            throw ThemeError(theme: path, line: error.line, attribute: error.key, reason: reason)
        }
        return try table.keys.map { key throws(ThemeError) in
            guard let value = table[key] else { preconditionFailure("a key of the table has no value") }
            guard let text = value.stringValue else {
                throw ThemeError(
                    theme: path, line: value.line, attribute: key,
                    reason: "is \(value.typeName); a theme file holds only text values, e.g. \(key) = \"#FFFFFF\" "
                        + "(no [tables])")
            }
            return ThemeEntry(key: key, value: text, line: value.line)
        }
    }
}
