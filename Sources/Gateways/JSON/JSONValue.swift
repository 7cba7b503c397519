/// A JSON value that keeps number literals as the exact text the gateway wrote.
///
/// Foundation's JSON readers turn every number into a `Double`, which would change `0.30` into
/// `0.29999999999999998`; money must never pass through binary floating point, so connectors read
/// and write gateway bodies with this type. Object members keep their order as written.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number literal exactly as it appeared (`0.01`, `150`, `-3e2`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order they were written or built.
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The member `key` of an object (the first, if a key repeats); nil for other values.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text of a string value.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The literal text of a number value.
    public var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }

    /// A number value that is a whole number fitting `Int64` (no fraction, no exponent).
    public var int64: Int64? {
        guard let text = numberText else { return nil }
        return Int64(text)
    }

    /// The value of a boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements of an array.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A number value built from an integer.
    public static func integer(_ value: Int64) -> JSONValue { .number(String(value)) }
    /// A number value built from an integer.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }
}
