import TillStrings

/// One `key = "value"` pair of a theme file, already read by the TOML reader, with its line.
public struct ThemeEntry: Hashable, Sendable {
    public let key: String
    public let value: String
    public let line: Int

    public init(key: String, value: String, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

/// Why a theme could not be used. The message names the file, line and attribute, and says
/// what to write instead.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public let theme: String
    public let line: Int?
    public let attribute: String?
    public let reason: String

    public init(theme: String, line: Int? = nil, attribute: String? = nil, reason: String) {
        self.theme = theme
        self.line = line
        self.attribute = attribute
        self.reason = reason
    }

    public var description: String { message(in: Strings(.en)) }

    /// Where and what in the language of `strings`; the reason is in the language it was made in.
    public func message(in strings: Strings) -> String {
        var place = strings.text(.themePlace, ["theme": theme])
        if let line { place += ", " + strings.text(.themeLine, ["line": String(line)]) }
        if let attribute { place += ", \(attribute)" }
        return "\(place): \(reason)"
    }
}

/// A theme as written: the attributes it sets and the theme it inherits the others from.
public struct Theme: Hashable, Sendable {
    /// The key of the attribute that names the parent theme.
    public static let parentKey = "parent"

    public let name: String
    /// The theme to inherit from; nil means the built-in default.
    public var parent: String?
    public var values: [ThemeAttribute: ThemeValue]

    public init(name: String, parent: String? = nil, values: [ThemeAttribute: ThemeValue] = [:]) {
        self.name = name
        self.parent = parent
        self.values = values
    }

    /// Builds a theme from a theme file's entries, checking every attribute's name and value; a
    /// problem is told in the language of `strings`.
    public init(name: String, entries: [ThemeEntry], strings: Strings = Strings(.en)) throws(ThemeError) {
        self.init(name: name)
        var seen: [String: Int] = [:]
        for entry in entries {
            if let first = seen[entry.key] {
                throw ThemeError(
                    theme: name, line: entry.line, attribute: entry.key,
                    reason: strings.text(.themeSetTwice, ["first": String(first)]))
            }
            seen[entry.key] = entry.line
            if entry.key == Self.parentKey {
                let parent = entry.value.trimmingWhitespace()
                guard !parent.isEmpty else {
                    throw ThemeError(theme: name, line: entry.line, attribute: entry.key, reason: strings[.themeNamesNoTheme])
                }
                self.parent = parent
                continue
            }
            guard let attribute = ThemeAttribute(name: entry.key) else {
                throw ThemeError(
                    theme: name, line: entry.line, attribute: entry.key,
                    reason: strings.text(
                        .themeNotAttribute, ["attributes": ThemeAttribute.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            values[attribute] = try Self.value(of: entry, for: attribute, theme: name, strings)
        }
    }

    static func value(
        of entry: ThemeEntry, for attribute: ThemeAttribute, theme: String, _ strings: Strings = Strings(.en)
    ) throws(ThemeError) -> ThemeValue {
        switch attribute.kind {
        case .color:
            guard let color = ThemeColor(parsing: entry.value) else {
                throw ThemeError(
                    theme: theme, line: entry.line, attribute: entry.key,
                    reason: strings.text(.themeNotColour, ["value": "\"\(entry.value)\""]))
            }
            return .color(color)
        case .dimension:
            guard let dimension = ThemeDimension(parsing: entry.value) else {
                throw ThemeError(
                    theme: theme, line: entry.line, attribute: entry.key,
                    reason: strings.text(.themeNotSize, ["value": "\"\(entry.value)\""]))
            }
            return .dimension(dimension)
        }
    }

    /// The colour set for `attribute`, if this theme sets it.
    public func color(_ attribute: ThemeAttribute) -> ThemeColor? {
        if case .color(let color)? = values[attribute] { return color }
        return nil
    }

    /// The size set for `attribute`, if this theme sets it.
    public func dimension(_ attribute: ThemeAttribute) -> ThemeDimension? {
        if case .dimension(let dimension)? = values[attribute] { return dimension }
        return nil
    }
}
