/// Basic strings ("...", with escapes) and literal strings ('...', as written), on one line.
extension TOMLParser {
    /// Reads after the opening quote up to and including the closing one.
    mutating func parseBasicStringBody() throws(TOMLError) -> String {
        let startLine = line
        var text = ""
        // Counted here: String.count on every character would make a long string quadratic.
        var length = 0
        while let scalar = peek() {
            if scalar != "\"" && scalar != "'" {
                length += 1
                try checkValueLength(length)
            }
            switch scalar {
            case "\"":
                advance()
                return text
            case "\\":
                advance()
                text.unicodeScalars.append(try parseEscape())
            case "\n", "\r":
                throw unclosedString(startLine, quote: "\"")
            default:
                try checkNotControl(scalar)
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
        throw unclosedString(startLine, quote: "\"")
    }

    mutating func parseLiteralStringBody() throws(TOMLError) -> String {
        let startLine = line
        var text = ""
        // Counted here: String.count on every character would make a long string quadratic.
        var length = 0
        while let scalar = peek() {
            if scalar != "\"" && scalar != "'" {
                length += 1
                try checkValueLength(length)
            }
            switch scalar {
            case "'":
                advance()
                return text
            case "\n", "\r":
                throw unclosedString(startLine, quote: "'")
            default:
                try checkNotControl(scalar)
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
        throw unclosedString(startLine, quote: "'")
    }

    func unclosedString(_ startLine: Int, quote: String) -> TOMLError {
        TOMLError(line: startLine, key: currentKey, .of(.tomlStringNotClosed), hint: .of(.tomlStringNotClosedHint, ["quote": quote]))
    }

    func checkNotControl(_ scalar: Unicode.Scalar) throws(TOMLError) {
        if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
            let code = ["code": hex(scalar.value, width: 4)]
            throw TOMLError(line: line, key: currentKey, .of(.tomlControl, code), hint: .of(.tomlControlHint, code))
        }
    }

    mutating func parseEscape() throws(TOMLError) -> Unicode.Scalar {
        guard let scalar = peek() else { throw unclosedString(line, quote: "\"") }
        advance()
        switch scalar {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u": return try parseUnicodeEscape(digits: 4)
        case "U": return try parseUnicodeEscape(digits: 8)
        default:
            throw TOMLError(line: line, key: currentKey, .of(.tomlBadEscape, ["char": "\(scalar)"]), hint: .of(.tomlBadEscapeHint))
        }
    }

    mutating func parseUnicodeEscape(digits: Int) throws(TOMLError) -> Unicode.Scalar {
        var hexDigits = ""
        for _ in 0..<digits {
            guard let scalar = peek(), scalar.properties.isASCIIHexDigit else { break }
            hexDigits.unicodeScalars.append(scalar)
            advance()
        }
        guard hexDigits.count == digits, let value = UInt32(hexDigits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw TOMLError(
                line: line, key: currentKey, .of(.tomlUnicodeEscape, ["count": String(digits)]),
                hint: .of(.tomlUnicodeEscapeHint, ["example": digits == 4 ? "\\u00E9" : "\\U0001F600"]))
        }
        return scalar
    }

    func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
