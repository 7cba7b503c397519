import TerminalUI

/// What `till theme check` prints: the chain of themes, every attribute with the theme that set
/// it, text the theme makes invisible (warnings), and text drawn in another colour on terminals with
/// fewer colours (notes, each naming the depth).
enum ThemeReport {
    static func text(of resolution: ThemeLoader.Resolution) -> String {
        let theme = resolution.theme
        var lines: [String] = []
        let source = resolution.sources[theme.name].map { " (\($0))" } ?? " (built in)"
        lines.append("Theme \(theme.name)\(source): OK")
        let chain = resolution.chain.map { ancestor in
            resolution.sources[ancestor.name].map { "\(ancestor.name) (\($0))" } ?? ancestor.name
        }
        lines.append("Inherits: " + chain.joined(separator: " → "))
        let width = ThemeAttribute.allCases.map(\.rawValue.count).max() ?? 0
        for attribute in ThemeAttribute.allCases {
            guard let value = theme.values[attribute] else { continue }
            let origin = resolution.origin(of: attribute)?.name ?? BuiltinThemes.defaultName
            let padding = String(repeating: " ", count: width - attribute.rawValue.count)
            lines.append("  \(attribute.rawValue)\(padding) = \"\(value)\"  # from \(origin)")
        }
        var warnings: [String] = []
        var notes: [String] = []
        for depth in [ColorDepth.truecolor, .palette256, .ansi16, .ansi8] {
            let resolved = ResolvedTheme(theme, depth: depth)
            warnings += resolved.warnings.filter { !warnings.contains($0) }
            notes += resolved.notes
        }
        lines += warnings.map { "Warning: \($0)" }
        lines += notes.map { "Note: \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
