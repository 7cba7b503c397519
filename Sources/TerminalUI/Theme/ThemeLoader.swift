import Foundation
import TillStrings

/// Finds the theme the cashier asked for, and falls back to the default with a message when it
/// cannot be used: a bad theme never stops Till.
///
/// A name is looked for among the built-in themes, then as `NAME.toml` in each search folder in
/// order (`$XDG_CONFIG_HOME/till/themes`, then `./themes`); a path (anything with a `/` or ending
/// in `.toml`) is read as it is. Parents are found the same way, so a file may inherit from
/// another file.
public struct ThemeLoader: Sendable {
    /// Reads a theme file's `key = "value"` pairs with their lines: the TOML reader's job, wired
    /// in by the `till` target. A `ThemeError` it throws is passed on as it is (it names the line
    /// and key); other errors are wrapped. Nil: only built-in themes can be named.
    public var readEntries: (@Sendable (String) throws -> [ThemeEntry])?
    /// Where `NAME.toml` is looked for after the built-in themes, in order.
    public var searchFolders: [String]
    /// The language of the loader's own reasons (a theme's values are checked in English).
    public var strings: Strings

    public init(
        readEntries: (@Sendable (String) throws -> [ThemeEntry])? = nil, searchFolders: [String] = [],
        strings: Strings = Strings(.en)
    ) {
        self.readEntries = readEntries
        self.searchFolders = searchFolders
        self.strings = strings
    }

    /// What was loaded: a complete theme, and messages for the cashier when it is not the one
    /// asked for.
    public struct Loaded: Sendable {
        public let theme: Theme
        public let messages: [String]
    }

    /// A theme with where it came from and its ancestors, for `till theme check`.
    public struct Resolution: Sendable {
        /// Every attribute set: the theme's own values over its ancestors'.
        public let theme: Theme
        /// The theme as written, then its parent, ..., ending with the built-in default.
        public let chain: [Theme]
        /// The file read for each theme of `chain` that came from a file, by name.
        public let sources: [String: String]

        /// The theme in `chain` whose value of `attribute` the complete theme has.
        public func origin(of attribute: ThemeAttribute) -> Theme? {
            chain.first { $0.values[attribute] != nil }
        }
    }

    /// Loads `nameOrPath`. Nil means the default.
    public func load(_ nameOrPath: String?) -> Loaded {
        let fallback = BuiltinThemes.standard
        guard let nameOrPath, !nameOrPath.isEmpty else { return Loaded(theme: fallback, messages: []) }
        do throws(ThemeError) {
            return Loaded(theme: try resolve(nameOrPath).theme, messages: [])
        } catch {
            // One line of the screen: the file's name, not its folders, so line and attribute show.
            let file = String(error.theme.split(separator: "/").last ?? Substring(error.theme))
            let shown = ThemeError(theme: file, line: error.line, attribute: error.attribute, reason: error.reason)
            return Loaded(theme: fallback, messages: [strings.text(.themeUsingDefault, ["problem": shown.message(in: strings)])])
        }
    }

    /// Loads `nameOrPath` and its ancestors; any problem is an error.
    public func resolve(_ nameOrPath: String) throws(ThemeError) -> Resolution {
        let theme = try find(nameOrPath)
        let chain = try self.chain.ancestry(of: theme.theme)
        var sources: [String: String] = [:]
        if let path = theme.path { sources[theme.theme.name] = path }
        for ancestor in chain.dropFirst() where BuiltinThemes.named(ancestor.name) == nil {
            if let path = try? find(ancestor.name).path { sources[ancestor.name] = path }
        }
        return Resolution(theme: ThemeChain.merge(chain), chain: chain, sources: sources)
    }

    /// Every theme this loader can find by name: the built-in ones, then the files in the search
    /// folders (each name once, the first folder winning), complete. Files that cannot be used are
    /// left out, with the reason in `problems`.
    public func available() -> (themes: [Theme], problems: [String]) {
        var themes: [Theme] = []
        var problems: [String] = []
        var names = Set(BuiltinThemes.all.map(\.name))
        for builtin in BuiltinThemes.all {
            if let complete = try? ThemeChain.builtin.complete(builtin) { themes.append(complete) }
        }
        guard readEntries != nil else { return (themes, problems) }
        for folder in searchFolders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(".toml".count))
                guard names.insert(name).inserted else { continue }
                do throws(ThemeError) {
                    themes.append(try resolve(name).theme)
                } catch {
                    problems.append("\(error)")
                }
            }
        }
        return (themes, problems)
    }

    /// Parents by name or path; a name found nowhere is nil, so the chain names the child whose
    /// parent is missing.
    private var chain: ThemeChain {
        ThemeChain(strings: strings) { name throws(ThemeError) in
            let isPath = name.contains("/") || name.hasSuffix(".toml")
            if !isPath, BuiltinThemes.named(name) == nil, file(named: name) == nil { return nil }
            return try find(name).theme
        }
    }

    /// The path of the file `name` is in, if a search folder holds one.
    public func file(named name: String) -> String? {
        for folder in searchFolders {
            let path = (folder as NSString).appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    private func find(_ nameOrPath: String) throws(ThemeError) -> (theme: Theme, path: String?) {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !isPath, let builtin = BuiltinThemes.named(nameOrPath) { return (builtin, nil) }
        guard let readEntries else {
            throw ThemeError(theme: nameOrPath, reason: strings.text(.themeUnknownNoFiles, ["names": Self.builtinNames]))
        }
        guard let path = isPath ? nameOrPath : file(named: nameOrPath) else {
            let places = searchFolders.map { ($0 as NSString).appendingPathComponent("\(nameOrPath).toml") }
            let placesText = places.isEmpty ? strings[.themeAFile] : places.joined(separator: strings[.themeOr])
            throw ThemeError(theme: nameOrPath, reason: strings.text(.themeUnknown, ["names": Self.builtinNames, "places": placesText]))
        }
        let name = String(path.split(separator: "/").last ?? Substring(path)).replacingSuffix(".toml")
        let entries: [ThemeEntry]
        do {
            entries = try readEntries(path)
        } catch let error as ThemeError {
            throw error
        } catch {
            throw ThemeError(theme: path, reason: strings.text(.themeCannotRead, ["reason": "\(error)"]))
        }
        do throws(ThemeError) {
            return (try Theme(name: name, entries: entries, strings: strings), path)
        } catch {
            // Name the file rather than the bare theme name: that is where the cashier must look.
            throw ThemeError(theme: path, line: error.line, attribute: error.attribute, reason: error.reason)
        }
    }

    private static var builtinNames: String { BuiltinThemes.all.map(\.name).joined(separator: ", ") }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
