/// Reads the subset of TOML that Till's configuration needs: comments, `[table]` and `[a.b]` headers,
/// bare, quoted and dotted keys, basic and literal strings, integers, booleans, arrays (which may span
/// lines) and inline tables. Everything else (floats, dates, multi-line strings, arrays of tables) is
/// refused with a message naming the line, because a money program must not guess.
public struct TOMLParser {
    var scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    /// Keys whose values must never be echoed in a message (secrets).
    let sensitiveKeys: Set<String>
    /// The dotted key whose value is being read, for messages.
    var currentKey: String?
    let limits: TOMLLimits
    /// How many arrays and inline tables the cursor is inside.
    var depth = 0
    var tableCount = 0

    /// Parses `text` into its root table. `sensitiveKeys` are key names whose written values are
    /// never repeated in an error message. A text beyond `limits` is refused before it is parsed
    /// (size, line length) or as soon as the limit is reached (depth, tables, value length).
    public static func parse(
        _ text: String, sensitiveKeys: Set<String> = [], limits: TOMLLimits = .standard
    ) throws(TOMLError) -> TOMLTable {
        try checkSize(text, limits: limits)
        var parser = TOMLParser(text: text, sensitiveKeys: sensitiveKeys, limits: limits)
        return try parser.parseDocument()
    }

    init(text: String, sensitiveKeys: Set<String>, limits: TOMLLimits = .standard) {
        self.limits = limits
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.sensitiveKeys = sensitiveKeys
    }

    // MARK: The document

    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        var root = TOMLTable()
        var tablePath: [String] = []
        while let scalar = peek() {
            switch scalar {
            case " ", "\t":
                advance()
            case "\n":
                advance()
            case "\r":
                try expectNewline()
            case "#":
                skipComment()
            case "[":
                tablePath = try parseHeader(into: &root)
            default:
                try parseKeyValue(into: &root, under: tablePath)
                try expectEndOfLine()
            }
        }
        return root
    }

    mutating func parseHeader(into root: inout TOMLTable) throws(TOMLError) -> [String] {
        let headerLine = line
        try countTable()
        advance()
        if peek() == "[" {
            throw TOMLError(line: headerLine, .of(.tomlArrayOfTables), hint: .of(.tomlArrayOfTablesHint))
        }
        skipSpaces()
        let path = try parseKeyPath()
        skipSpaces()
        guard peek() == "]" else {
            throw TOMLError(line: line, .of(.tomlHeaderNotClosed), hint: .of(.tomlHeaderHint, ["table": path.joined(separator: ".")]))
        }
        advance()
        try expectEndOfLine()
        try root.defineTable(at: path, line: headerLine)
        return path
    }

    mutating func parseKeyValue(into root: inout TOMLTable, under tablePath: [String]) throws(TOMLError) {
        let keyLine = line
        let keyPath = try parseKeyPath()
        try checkKeyDepth(tablePath.count + keyPath.count)
        currentKey = (tablePath + keyPath).joined(separator: ".")
        defer { currentKey = nil }
        skipSpaces()
        guard peek() == "=" else {
            throw TOMLError(
                line: keyLine, key: currentKey, .of(.tomlKeyNeedsEquals),
                hint: .of(.tomlKeyNeedsEqualsHint, ["key": keyPath.joined(separator: ".")]))
        }
        advance()
        skipSpaces()
        let value = try parseValue()
        try root.insert(value, at: tablePath, dottedKey: keyPath)
    }

    // MARK: Keys

    mutating func parseKeyPath() throws(TOMLError) -> [String] {
        var parts = [try parseSimpleKey()]
        while true {
            skipSpaces()
            guard peek() == "." else { return parts }
            advance()
            skipSpaces()
            try checkKeyDepth(parts.count + 1)
            parts.append(try parseSimpleKey())
        }
    }

    mutating func parseSimpleKey() throws(TOMLError) -> String {
        switch peek() {
        case "\"":
            advance()
            return try parseBasicStringBody()
        case "'":
            advance()
            return try parseLiteralStringBody()
        default:
            var key = ""
            while let scalar = peek(), Self.isBareKeyScalar(scalar) {
                key.unicodeScalars.append(scalar)
                advance()
            }
            try checkValueLength(key.unicodeScalars.count)
            guard !key.isEmpty else {
                let found: ConfigPhrase.Value = peek().map { .text("\"\($0)\"") } ?? .word(.tomlEndOfFile)
                throw TOMLError(line: line, .phrase(.tomlExpectedKey, ["found": found]), hint: .of(.tomlExpectedKeyHint))
            }
            return key
        }
    }

    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    // MARK: Cursor

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance() {
        if scalars[index] == "\n" { line += 1 }
        index += 1
    }

    mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { advance() }
    }

    mutating func skipComment() {
        while let scalar = peek(), scalar != "\n" { advance() }
    }

    mutating func expectNewline() throws(TOMLError) {
        if peek() == "\r" {
            guard peek(1) == "\n" else { throw TOMLError(line: line, .of(.tomlCarriageReturn)) }
            advance()
        }
        if peek() == "\n" { advance() }
    }

    /// After a value or header only spaces and a comment may follow on the line.
    mutating func expectEndOfLine() throws(TOMLError) {
        skipSpaces()
        if peek() == "#" { skipComment() }
        guard let scalar = peek() else { return }
        guard scalar == "\n" || scalar == "\r" else {
            throw TOMLError(line: line, key: currentKey, .of(.tomlTextAfterValue), hint: .of(.tomlTextAfterValueHint))
        }
        try expectNewline()
    }
}
