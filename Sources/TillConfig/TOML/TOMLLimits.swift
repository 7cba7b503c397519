/// The most a TOML text may hold. A configuration or theme file is a few kilobytes written by hand;
/// these bounds sit far above that and far below what would exhaust the stack, the memory or the
/// time of the counter's machine, so a corrupted or hostile file is refused with a message instead
/// of crashing or hanging Till.
public struct TOMLLimits: Sendable, Equatable {
    /// The whole text, in UTF-8 bytes.
    public var maximumBytes: Int
    /// One line, in Unicode scalars.
    public var maximumLineLength: Int
    /// One string value or key, in Unicode scalars as written.
    public var maximumValueLength: Int
    /// Arrays and inline tables inside one another, plus the parts of a dotted key or table header.
    public var maximumDepth: Int
    /// `[table]` headers and inline tables in the whole text.
    public var maximumTables: Int

    public init(
        maximumBytes: Int = 1 << 20, maximumLineLength: Int = 65_536, maximumValueLength: Int = 16_384,
        maximumDepth: Int = 64, maximumTables: Int = 1_000
    ) {
        self.maximumBytes = maximumBytes
        self.maximumLineLength = maximumLineLength
        self.maximumValueLength = maximumValueLength
        self.maximumDepth = maximumDepth
        self.maximumTables = maximumTables
    }

    /// The limits of Till's configuration and theme files.
    public static let standard = TOMLLimits()

    /// `1 MiB`, `64 KiB` or a plain count of bytes, for messages.
    static func bytesText(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}

extension TOMLParser {
    /// Refuses a text that is too big, or has a line too long, before any of it is parsed, so the
    /// parser never holds more than the limits allow.
    static func checkSize(_ text: String, limits: TOMLLimits) throws(TOMLError) {
        let bytes = text.utf8.count
        if bytes > limits.maximumBytes {
            throw TOMLError(
                line: 1, .of(.tomlFileTooLarge, ["bytes": String(bytes), "limit": TOMLLimits.bytesText(limits.maximumBytes)]),
                hint: .of(.tomlFileTooLargeHint))
        }
        var line = 1
        var length = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                length = 0
                continue
            }
            length += 1
            if length > limits.maximumLineLength {
                throw TOMLError(
                    line: line, .of(.tomlLineTooLong, ["limit": String(limits.maximumLineLength)]), hint: .of(.tomlLineTooLongHint))
            }
        }
    }

    /// One more level of arrays or inline tables; refused past the limit, before recursing.
    mutating func enterNesting() throws(TOMLError) {
        depth += 1
        if depth > limits.maximumDepth {
            throw TOMLError(
                line: line, key: currentKey, .of(.tomlTooDeep, ["limit": String(limits.maximumDepth)]), hint: .of(.tomlTooDeepHint))
        }
    }

    /// One more `[table]` header or inline table; refused past the limit.
    mutating func countTable() throws(TOMLError) {
        tableCount += 1
        if tableCount > limits.maximumTables {
            throw TOMLError(
                line: line, .of(.tomlTooManyTables, ["limit": String(limits.maximumTables)]), hint: .of(.tomlTooManyTablesHint))
        }
    }

    func checkKeyDepth(_ parts: Int) throws(TOMLError) {
        if parts > limits.maximumDepth {
            throw TOMLError(
                line: line, .of(.tomlKeyTooDeep, ["limit": String(limits.maximumDepth)]), hint: .of(.tomlKeyTooDeepHint))
        }
    }

    func checkValueLength(_ length: Int) throws(TOMLError) {
        if length > limits.maximumValueLength {
            throw TOMLError(
                line: line, key: currentKey, .of(.tomlTextTooLong, ["limit": String(limits.maximumValueLength)]),
                hint: .of(.tomlTextTooLongHint))
        }
    }
}
