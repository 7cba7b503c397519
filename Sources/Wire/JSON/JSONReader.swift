/// Why a text is not JSON, or not the JSON that was expected.
public struct JSONReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, with the byte offset where it was found.
    public let reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

/// Reads RFC 8259 JSON into `JSONValue`, keeping number literals as text and members in their order
/// (a repeated member stays; looking a key up finds the first). Strict: no trailing commas, no
/// comments, no leading zeros, one value per document, at most 64 levels of nesting.
public struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maximumDepth = 64

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses `bytes` (UTF-8: a body, a file) as one JSON document.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONReadError) -> JSONValue {
        var reader = JSONReader(Array(bytes))
        reader.skipWhitespace()
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else {
            throw JSONReadError("unexpected text after the JSON value at byte \(reader.index)")
        }
        return value
    }

    /// Parses `text` as one JSON document.
    public static func parse(_ text: String) throws(JSONReadError) -> JSONValue {
        try parse(text.utf8)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private func failure(_ what: String) -> JSONReadError {
        JSONReadError("\(what) at byte \(index)")
    }

    private mutating func readValue() throws(JSONReadError) -> JSONValue {
        guard let byte = current else { throw failure("the JSON ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try expectWord("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONReadError) {
        for expected in word.utf8 {
            guard current == expected else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    private mutating func enterContainer() throws(JSONReadError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw failure("the JSON nests deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func readObject() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
            let key = try readString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
            index += 1
            skipWhitespace()
            members.append((key, try readValue()))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default: throw failure("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func readArray() throws(JSONReadError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try readValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default: throw failure("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func readNumber() throws(JSONReadError) -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, isDigit(first) else { throw failure("expected a digit in a number") }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let byte = current, isDigit(byte) else { throw failure("expected a digit after '.'") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let byte = current, isDigit(byte) else { throw failure("expected a digit in an exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { index += 1 }
    }

    private mutating func readString() throws(JSONReadError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ reader: JSONReader, to scalars: inout String.UnicodeScalarView) {
            scalars.append(
                contentsOf: String(decoding: reader.bytes[runStart..<reader.index], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = current else { throw failure("a string is not closed") }
            if byte == UInt8(ascii: "\"") {
                flush(self, to: &scalars)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw failure("a control character inside a string must be escaped") }
            if byte == UInt8(ascii: "\\") {
                flush(self, to: &scalars)
                scalars.append(try readEscape())
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func readEscape() throws(JSONReadError) -> Unicode.Scalar {
        index += 1
        guard let byte = current else { throw failure("a string ends inside an escape") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try readUnicodeEscape()
        default: throw failure("unknown escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func readHex4() throws(JSONReadError) -> UInt32 {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("expected four hex digits after \\u") }
        index += 4
        return value
    }

    private mutating func readUnicodeEscape() throws(JSONReadError) -> Unicode.Scalar {
        let high = try readHex4()
        if (0xD800...0xDBFF).contains(high) {
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw failure("a lone high surrogate in a \\u escape")
            }
            index += 2
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("a high surrogate without its low surrogate") }
            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw failure("an invalid surrogate pair") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw failure("a lone low surrogate in a \\u escape") }
        return scalar
    }
}
