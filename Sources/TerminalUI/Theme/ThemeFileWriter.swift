import TillCore

/// Writes a theme as a theme file: simple TOML, one `key = "value"` per line, attributes in the
/// SDK's order.
public enum ThemeFileWriter {
    public static func text(of theme: Theme, comment: String? = nil) -> String {
        var lines: [String] = []
        if let comment {
            lines += comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
        }
        lines.append("# Till theme \"\(theme.name)\". Attribute names are those of TakeMe Pay's checkout sheet.")
        if let parent = theme.parent { lines.append("\(Theme.parentKey) = \(StringQuoting.quoted(parent))") }
        for attribute in ThemeAttribute.allCases {
            guard let value = theme.values[attribute] else { continue }
            lines.append("\(attribute.rawValue) = \(StringQuoting.quoted(value.description))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
