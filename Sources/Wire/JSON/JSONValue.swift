/// A JSON value that keeps number literals as the exact text that was written: Till's one JSON
/// value, which the connectors, the sandbox and `till`'s JSON output all read and write.
///
/// Foundation's JSON readers turn every number into a `Double`, which would change `0.30` into
/// `0.29999999999999998` and make `150` and `150.0` the same; money must never pass through binary
/// floating point, and the gateways' rules depend on the difference (integer minor units against
/// two-decimal amounts). Object members keep their order as written or built, so a body reads like
/// the documents' examples and is the same bytes every time.
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
    ///
    /// Setting replaces the value of the first member named `key`, where it stands, or adds the member
    /// at the end; setting nil removes every member named `key`. Only an object has members to set.
    public subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }
        set {
            guard case .object(var members) = self else { preconditionFailure("only a JSON object has members") }
            if let newValue {
                if let index = members.firstIndex(where: { $0.key == key }) {
                    members[index].value = newValue
                } else {
                    members.append((key, newValue))
                }
            } else {
                members.removeAll { $0.key == key }
            }
            self = .object(members)
        }
    }

    /// The members of an object, in order.
    public var members: [(key: String, value: JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
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

    /// The JSON type's name, for messages ("must be a string, not a number").
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
}

extension JSONValue {
    /// A number value built from an integer.
    public static func integer(_ value: Int64) -> JSONValue { .number(String(value)) }
    /// A number value built from an integer.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string value, or `null` when there is no text.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
}

/// Literals build values: `["id": "A1", "paid": true, "items": .array([])]` is an object whose
/// members keep the order written.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(dictionaryLiteral members: (String, JSONValue)...) {
        self = .object(members.map { (key: $0.0, value: $0.1) })
    }
}
