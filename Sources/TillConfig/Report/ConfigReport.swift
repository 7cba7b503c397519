import TillStrings

/// The text `till config check` prints: every effective value (secrets masked) with where it came
/// from, then a summary.
public enum ConfigReport {
    /// The most characters of a key or a value shown; the rest is cut with an ellipsis, so that
    /// one huge value neither floods the terminal nor widens every other line.
    public static let shownWidth = 60
    /// The origin comments line up at this column at most; longer assignments push theirs right.
    static let commentColumn = 48

    public static func render(_ configuration: TillConfiguration, in strings: Strings = Strings(.en)) -> String {
        var lines: [String] = []
        if let file = configuration.file {
            lines.append(strings.text(.configFile, ["file": file]))
        }
        let assignments = configuration.entries.map { "\(cut($0.key)) = \(cut($0.shown))" }
        let width = min(commentColumn, assignments.map(\.count).max() ?? 0)
        for (entry, assignment) in zip(configuration.entries, assignments) {
            let padding = String(repeating: " ", count: max(1, width - assignment.count + 2))
            lines.append("  \(assignment)\(padding)# \(entry.origin)")
        }
        for note in configuration.notes {
            lines.append(strings.text(.configNote, ["note": note]))
        }
        lines.append(summary(configuration, strings))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` up to `shownWidth` characters, with `…` in place of the rest.
    public static func cut(_ text: String) -> String {
        var end = text.startIndex
        guard text.formIndex(&end, offsetBy: shownWidth, limitedBy: text.endIndex), end != text.endIndex else {
            return text
        }
        return String(text[..<text.index(before: end)]) + "…"
    }

    static func summary(_ configuration: TillConfiguration, _ strings: Strings) -> String {
        let store = "\(cut(configuration.store.name)), \(configuration.store.currency.code)"
        if configuration.isDemo {
            return strings.text(.configValidDemo, ["store": store])
        }
        let enabled = configuration.enabledGateways.map { "\($0.id) (\($0.mode))" }
        let disabled = configuration.gateways.filter { !$0.enabled }.map(\.id.rawValue)
        let enabledText = enabled.isEmpty ? strings[.configNone] : enabled.joined(separator: ", ")
        var text = strings.text(.configValid, ["store": store, "enabled": enabledText])
        if !disabled.isEmpty { text += strings.text(.configDisabled, ["disabled": disabled.joined(separator: ", ")]) }
        return text
    }

    /// What `check` says when there is no file at the default path.
    public static func demoMode(path: String, in strings: Strings = Strings(.en)) -> String {
        strings.text(.configDemoMode, ["path": path]) + "\n"
    }
}
