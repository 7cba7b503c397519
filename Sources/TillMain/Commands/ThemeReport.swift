import TerminalUI
import TillStrings

/// What `till theme check` prints: the chain of themes, every attribute with the theme that set
/// it, text the theme makes invisible (warnings), and text drawn in another colour on terminals with
/// fewer colours (notes, each naming the depth).
enum ThemeReport {
    static func text(of resolution: ThemeLoader.Resolution, in strings: Strings = Strings(.en)) -> String {
        let theme = resolution.theme
        var lines: [String] = []
        let source = resolution.sources[theme.name] ?? strings[.themeBuiltIn]
        lines.append(strings.text(.themeOK, ["name": theme.name, "source": source]))
        let chain = resolution.chain.map { ancestor in
            resolution.sources[ancestor.name].map { "\(ancestor.name) (\($0))" } ?? ancestor.name
        }
        lines.append(strings.text(.themeInherits, ["chain": chain.joined(separator: " → ")]))
        let width = ThemeAttribute.allCases.map(\.rawValue.count).max() ?? 0
        for attribute in ThemeAttribute.allCases {
            guard let value = theme.values[attribute] else { continue }
            let origin = resolution.origin(of: attribute)?.name ?? BuiltinThemes.defaultName
            let padding = String(repeating: " ", count: width - attribute.rawValue.count)
            lines.append("  \(attribute.rawValue)\(padding) = \"\(value)\"  " + strings.text(.themeFrom, ["origin": origin]))
        }
        var warnings: [String] = []
        var notes: [String] = []
        for depth in [ColorDepth.truecolor, .palette256, .ansi16, .ansi8] {
            let resolved = ResolvedTheme(theme, depth: depth, strings: strings)
            warnings += resolved.warnings.filter { !warnings.contains($0) }
            notes += resolved.notes
        }
        lines += warnings.map { strings.text(.themeWarning, ["text": $0]) }
        lines += notes.map { strings.text(.themeNote, ["text": $0]) }
        return lines.joined(separator: "\n") + "\n"
    }
}
