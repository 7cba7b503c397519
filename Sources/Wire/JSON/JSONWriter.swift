import Foundation
import TillCore

/// Writes `JSONValue` as compact JSON: members in their order, numbers exactly as their text, strings
/// escaped by `StringQuoting`, the rule JSON shares with TOML. The same value always gives the same
/// bytes, so what the sandbox sends is repeatable and a signature over a body stays valid.
public enum JSONWriter {
    /// The UTF-8 bytes of `value`.
    public static func data(_ value: JSONValue) -> Data { Data(text(value).utf8) }

    /// The JSON text of `value`.
    public static func text(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let literal): output += literal
        case .string(let text): StringQuoting.appendQuoted(text, to: &output)
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                write(element, into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                StringQuoting.appendQuoted(member.key, to: &output)
                output += ":"
                write(member.value, into: &output)
            }
            output += "}"
        }
    }
}
