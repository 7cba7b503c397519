import TillStrings

/// Follows a theme's parents to fill in the attributes it does not set.
public struct ThemeChain: Sendable {
    /// Finds a theme by name: built-in themes, then whatever the caller can load.
    public let lookup: @Sendable (String) throws(ThemeError) -> Theme?
    /// The language of a missing parent or a cycle.
    public var strings = Strings(.en)

    public init(strings: Strings = Strings(.en), lookup: @escaping @Sendable (String) throws(ThemeError) -> Theme?) {
        self.strings = strings
        self.lookup = lookup
    }

    /// Only the built-in themes.
    public static let builtin = ThemeChain { name in BuiltinThemes.named(name) }

    /// `theme` with every attribute set: its own values, then its parent's, up to the built-in
    /// default. A parent that cannot be found, or a cycle of parents, is an error.
    public func complete(_ theme: Theme) throws(ThemeError) -> Theme {
        Self.merge(try ancestry(of: theme))
    }

    /// `theme`, its parent, its parent's parent, ..., ending with the built-in default.
    public func ancestry(of theme: Theme) throws(ThemeError) -> [Theme] {
        var chain: [Theme] = [theme]
        var visited: [String] = [theme.name]
        var current = theme
        while current.name != BuiltinThemes.defaultName || current.parent != nil {
            let parentName = current.parent ?? BuiltinThemes.defaultName
            if visited.contains(parentName) {
                throw ThemeError(
                    theme: theme.name, attribute: Theme.parentKey,
                    reason: strings.text(.themeCycle, ["cycle": (visited + [parentName]).joined(separator: " → ")]))
            }
            guard let parent = try lookup(parentName) else {
                throw ThemeError(
                    theme: current.name, attribute: Theme.parentKey,
                    reason: strings.text(.themeParentNotFound, [
                        "parent": "\"\(parentName)\"", "names": BuiltinThemes.all.map(\.name).joined(separator: ", "),
                    ]))
            }
            visited.append(parentName)
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// One theme from an ancestry (nearest first): the nearest value of each attribute wins.
    static func merge(_ chain: [Theme]) -> Theme {
        guard let theme = chain.first else { return BuiltinThemes.standard }
        var values: [ThemeAttribute: ThemeValue] = BuiltinThemes.standard.values
        for ancestor in chain.reversed() {
            values.merge(ancestor.values) { _, newer in newer }
        }
        return Theme(name: theme.name, parent: theme.parent, values: values)
    }
}
