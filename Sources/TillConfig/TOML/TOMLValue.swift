import TillStrings

/// One value read from a TOML file, with the line it was written on, so that every later complaint
/// about it can name the place.
public struct TOMLValue: Sendable, Equatable {
    /// What the value is. Floats and dates are not here on purpose: the parser refuses them.
    public enum Kind: Sendable, Equatable {
        case string(String)
        case integer(Int64)
        case boolean(Bool)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var kind: Kind
    /// The 1-based line the value starts on.
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The TOML name of the value's type, for messages: "a string", "an integer", ...
    public var typeName: String { typeName(in: Strings(.en)) }

    /// The type's name in the language of `strings`.
    public func typeName(in strings: Strings) -> String { strings[typeKey] }

    /// The catalog's word for the value's type.
    public var typeKey: CommandLineKey {
        switch kind {
        case .string: .typeString
        case .integer: .typeInteger
        case .boolean: .typeBoolean
        case .array: .typeArray
        case .table: .typeTable
        }
    }

    public var stringValue: String? { if case .string(let s) = kind { s } else { nil } }
    public var integerValue: Int64? { if case .integer(let i) = kind { i } else { nil } }
    public var booleanValue: Bool? { if case .boolean(let b) = kind { b } else { nil } }
    public var arrayValue: [TOMLValue]? { if case .array(let a) = kind { a } else { nil } }
    public var tableValue: TOMLTable? { if case .table(let t) = kind { t } else { nil } }
}

/// A TOML table: keys in the order they were written, each with its value.
public struct TOMLTable: Sendable, Equatable {
    /// The keys in file order.
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]
    /// The line of the header that opened the table (or of its first key); 0 for the root table.
    public var line: Int
    /// False while the table exists only because a longer header (`[a.b]`) or dotted key named it.
    var isDefinedExplicitly: Bool

    public init(line: Int = 0, isDefinedExplicitly: Bool = true) {
        self.line = line
        self.isDefinedExplicitly = isDefinedExplicitly
    }

    public subscript(key: String) -> TOMLValue? { values[key] }

    /// Sets `key`, refusing to replace what is already there.
    mutating func insert(_ value: TOMLValue, for key: String) throws(TOMLError) {
        if let existing = values[key] {
            throw TOMLError(
                line: value.line, key: key, .of(.tomlKeyTwice, ["first": String(existing.line)]), hint: .of(.tomlKeepOne))
        }
        keys.append(key)
        values[key] = value
    }

    /// Replaces the value of a key that exists (used while building nested tables).
    mutating func replace(_ value: TOMLValue, for key: String) {
        if values[key] == nil { keys.append(key) }
        values[key] = value
    }

    /// Takes the table under `key` out, keeping the key's place, so that it can be changed without
    /// a copy: changed while the dictionary still held it, it would be copied whole on every
    /// header and key, which made many tables quadratic. `restore` puts it back. Nil (and nothing
    /// taken) when `key` holds no table.
    mutating func takeTable(for key: String) -> TOMLTable? {
        guard case .table = values[key]?.kind else { return nil }
        guard case .table(let table)? = values.removeValue(forKey: key)?.kind else { return nil }
        return table
    }

    /// Puts back a table taken with `takeTable`.
    mutating func restore(_ table: TOMLTable, for key: String) {
        values[key] = TOMLValue(.table(table), line: table.line)
    }
}
