/// The one way Till writes text in double quotes: JSON strings (RFC 8259), TOML basic strings (the
/// configuration and theme files Till writes) and the messages that quote what a user wrote.
///
/// JSON and TOML share these escapes: `\"`, `\\`, `\n`, `\r`, `\t` and `\uXXXX`. Every other control
/// character, and DEL (which TOML does not allow bare), is written as `\u00xx`, so the quoted text
/// always stays on one line and reads back as it was. Everything else, non-ASCII included, is written
/// as it is.
///
/// It lives in `TillCore`, the module every other one imports, because the theme writer in
/// `TerminalUI` and the messages in `TillCore` quote too, and neither imports `Wire`.
public enum StringQuoting {
    /// `text` in double quotes, escaped: `a"b` → `"a\"b"`.
    public static func quoted(_ text: String) -> String {
        var output = ""
        appendQuoted(text, to: &output)
        return output
    }

    /// Appends `text` in double quotes, escaped, to `output` (no intermediate string: JSON writing
    /// is the sandbox's hot path).
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        if !text.utf8.contains(where: needsEscape) {
            output += text
        } else {
            for scalar in text.unicodeScalars { appendEscaped(scalar, to: &output) }
        }
        output += "\""
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            let hex = String(scalar.value, radix: 16)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: output.unicodeScalars.append(scalar)
        }
    }
}
