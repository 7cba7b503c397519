/// A JSON value that keeps every number exactly as written. JSONSerialization would turn `150.0`
/// and `150` into the same binary double and `0.1` into an inexact one; the gateways' rules depend on
/// the difference (integer minor units vs. two-decimal amounts), so numbers stay text here.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number literal exactly as it appeared (`150`, `150.0`, `0.1`, `-2e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number literal, when this is a number.
    public var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }

    /// The number as an integer, only when it is written as one (`150`, not `150.0` or `1.5e2`).
    public var integerValue: Int64? {
        guard case .number(let text) = self else { return nil }
        return NumberText.integer(text)
    }

    /// The boolean, when this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The object, when this is an object.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// A member of an object (nil for anything else or a missing key).
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The JSON type's name, for error messages ("expected a number, got a string").
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// An integer number value.
    public static func int(_ value: Int64) -> JSONValue { .number(String(value)) }
    /// An integer number value.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    /// A string, or `null` when absent.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
}
