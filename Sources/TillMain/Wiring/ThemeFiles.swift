import Foundation
import TerminalUI
import TillConfig
import TillStrings

/// Reads theme files with the configuration's TOML reader: TerminalUI knows themes but not TOML,
/// TillConfig knows TOML but not themes, and this is where the two meet.
enum ThemeFiles {
    /// A loader that reads theme files and looks for `NAME.toml` in the user's theme folder
    /// (`$XDG_CONFIG_HOME/till/themes`, else `~/.config/till/themes`), then in `./themes`. A file's
    /// problems are told in the language of `strings`.
    static func loader(
        environment: [String: String] = ProcessInfo.processInfo.environment, strings: Strings = Strings(.en)
    ) -> ThemeLoader {
        ThemeLoader(
            readEntries: { path in try entries(atPath: path, strings) }, searchFolders: searchFolders(environment: environment),
            strings: strings)
    }

    /// The folders `NAME.toml` is looked for in, in order.
    static func searchFolders(environment: [String: String]) -> [String] {
        let configFolder = (ConfigLoader.defaultPath(environment: environment) as NSString).deletingLastPathComponent
        return [(configFolder as NSString).appendingPathComponent("themes"), "themes"]
    }

    /// The `key = "value"` pairs of the theme file at `path`, with their lines. A theme file is
    /// flat: every value is a string, and tables are refused, each with the line and key.
    static func entries(atPath path: String, _ strings: Strings = Strings(.en)) throws -> [ThemeEntry] {
        let data: Data
        do {
            data = try BoundedFile.read(path, limit: TOMLLimits.standard.maximumBytes)
        } catch .tooLarge(let limit) {
            throw ThemeError(theme: path, reason: strings.text(.themeFileTooLarge, ["limit": BoundedFile.sizeText(limit)]))
        } catch {
            throw ThemeError(theme: path, reason: strings[.themeFileUnreadable])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(theme: path, reason: strings[.themeFileNotUTF8])
        }
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text)
        } catch {
            throw ThemeError(theme: path, line: error.line, attribute: error.key, reason: error.reason(in: strings))
        }
        return try table.keys.map { key throws(ThemeError) in
            guard let value = table[key] else { preconditionFailure("a key of the table has no value") }
            guard let text = value.stringValue else {
                throw ThemeError(
                    theme: path, line: value.line, attribute: key,
                    reason: strings.text(.themeFileNotText, ["type": value.typeName(in: strings), "key": key]))
            }
            return ThemeEntry(key: key, value: text, line: value.line)
        }
    }
}
