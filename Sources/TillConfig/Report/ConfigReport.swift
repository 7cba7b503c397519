/// The text `till config check` prints: every effective value (secrets masked) with where it came
/// from, then a summary.
public enum ConfigReport {
    public static func render(_ configuration: TillConfiguration) -> String {
        var lines: [String] = []
        if let file = configuration.file {
            lines.append("Configuration: \(file)")
        }
        let width = configuration.entries.map { $0.key.count + 3 + $0.shown.count }.max() ?? 0
        for entry in configuration.entries {
            let assignment = "\(entry.key) = \(entry.shown)"
            let padding = String(repeating: " ", count: max(1, width - assignment.count + 2))
            lines.append("  \(assignment)\(padding)# \(entry.origin)")
        }
        for note in configuration.notes {
            lines.append("note: \(note)")
        }
        lines.append(summary(configuration))
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ configuration: TillConfiguration) -> String {
        let store = "\(configuration.store.name), \(configuration.store.currency.code)"
        if configuration.isDemo {
            return "Valid. No gateway is configured: demo mode (\(store)), every gateway on the built-in sandbox."
        }
        let enabled = configuration.enabledGateways.map { "\($0.id) (\($0.mode))" }
        let disabled = configuration.gateways.filter { !$0.enabled }.map(\.id.rawValue)
        var text = "Valid. Store: \(store). Gateways enabled: \(enabled.isEmpty ? "none" : enabled.joined(separator: ", "))."
        if !disabled.isEmpty { text += " Disabled: \(disabled.joined(separator: ", "))." }
        return text
    }

    /// What `check` says when there is no file at the default path.
    public static func demoMode(path: String) -> String {
        "No configuration file at \(path): Till runs in demo mode (every gateway on the built-in sandbox).\n"
            + "To configure real accounts: till config example > \(path)\n"
    }
}
