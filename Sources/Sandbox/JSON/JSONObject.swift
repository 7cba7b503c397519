/// A JSON object whose members keep the order they were written or added in, so that what the
/// sandbox sends reads like the documents' examples and is byte-for-byte repeatable.
public struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The member names in order.
    public private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    public init() {}

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// The member named `key`; setting nil removes it. A repeated key keeps its first position and
    /// takes the last value, as most JSON readers do.
    public subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        keys.map { ($0, values[$0] ?? .null) }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }
}
