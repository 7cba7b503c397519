/// Writes a theme as a theme file: simple TOML, one `key = "value"` per line, attributes in the
/// SDK's order.
public enum ThemeFileWriter {
    public static func text(of theme: Theme, comment: String? = nil) -> String {
        var lines: [String] = []
        if let comment {
            lines += comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
        }
        lines.append("# Till theme \"\(theme.name)\". Attribute names are those of TakeMe Pay's checkout sheet.")
        if let parent = theme.parent { lines.append("\(Theme.parentKey) = \(quoted(parent))") }
        for attribute in ThemeAttribute.allCases {
            guard let value = theme.values[attribute] else { continue }
            lines.append("\(attribute.rawValue) = \(quoted(value.description))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
