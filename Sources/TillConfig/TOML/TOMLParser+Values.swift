import TillCore

/// Values: strings, integers, booleans, arrays and inline tables; and the refusals of the rest.
extension TOMLParser {
    mutating func parseValue() throws(TOMLError) -> TOMLValue {
        let valueLine = line
        guard let scalar = peek(), scalar != "\n", scalar != "\r", scalar != "#" else {
            throw TOMLError(line: valueLine, key: currentKey, .of(.tomlNoValue), hint: .of(.tomlNoValueHint))
        }
        switch scalar {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" { throw multiLineStringError() }
            advance()
            return TOMLValue(.string(try parseBasicStringBody()), line: valueLine)
        case "'":
            if peek(1) == "'" && peek(2) == "'" { throw multiLineStringError() }
            advance()
            return TOMLValue(.string(try parseLiteralStringBody()), line: valueLine)
        case "[":
            return try parseArray()
        case "{":
            return try parseInlineTable()
        default:
            return try parseBareValue()
        }
    }

    func multiLineStringError() -> TOMLError {
        TOMLError(line: line, key: currentKey, .of(.tomlMultiLine), hint: .of(.tomlMultiLineHint))
    }

    /// Words and numbers: true, false, integers; floats, dates and unquoted text are refused.
    mutating func parseBareValue() throws(TOMLError) -> TOMLValue {
        let valueLine = line
        var word = ""
        while let scalar = peek(), !" \t\r\n,]}#".unicodeScalars.contains(scalar) {
            word.unicodeScalars.append(scalar)
            advance()
        }
        if word == "true" { return TOMLValue(.boolean(true), line: valueLine) }
        if word == "false" { return TOMLValue(.boolean(false), line: valueLine) }
        if let integer = try TOMLNumber.integer(word, line: valueLine, key: currentKey, shown: shown(word)) {
            return TOMLValue(.integer(integer), line: valueLine)
        }
        let example = StringQuoting.quoted(isSensitive ? "..." : Self.cut(word))
        throw TOMLError(
            line: valueLine, key: currentKey, .of(.tomlNotAValue, ["word": shown(word)]),
            hint: .of(.tomlNotAValueHint, ["key": currentKeyName, "example": example]))
    }

    /// The written text as it may appear in a message: never a secret's, and cut short.
    func shown(_ text: String) -> String {
        isSensitive ? "the value" : Self.cut(text)
    }

    /// At most 40 characters of `text`, with an ellipsis when there was more.
    static func cut(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    /// True when the key, or a table it is in (`[store.lanes]`), is one of `sensitiveKeys`.
    var isSensitive: Bool {
        guard let currentKey else { return false }
        return currentKey.split(separator: ".").contains { sensitiveKeys.contains(String($0)) }
    }

    var currentKeyName: String {
        currentKey?.split(separator: ".").last.map(String.init) ?? "key"
    }

    mutating func parseArray() throws(TOMLError) -> TOMLValue {
        let arrayLine = line
        try enterNesting()
        defer { depth -= 1 }
        advance()
        var elements: [TOMLValue] = []
        while true {
            try skipBlankSpace(arrayStartedOn: arrayLine)
            if peek() == "]" {
                advance()
                return TOMLValue(.array(elements), line: arrayLine)
            }
            elements.append(try parseValue())
            try skipBlankSpace(arrayStartedOn: arrayLine)
            switch peek() {
            case ",":
                advance()
            case "]":
                continue
            default:
                throw TOMLError(line: line, key: currentKey, .of(.tomlArrayCommas), hint: .of(.tomlArrayCommasHint))
            }
        }
    }

    /// Inside an array: spaces, line breaks and comments.
    mutating func skipBlankSpace(arrayStartedOn arrayLine: Int) throws(TOMLError) {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t", "\n": advance()
            case "\r": try expectNewline()
            case "#": skipComment()
            default: return
            }
        }
        throw TOMLError(line: arrayLine, key: currentKey, .of(.tomlArrayNotClosed), hint: .of(.tomlArrayNotClosedHint))
    }

    mutating func parseInlineTable() throws(TOMLError) -> TOMLValue {
        let tableLine = line
        try enterNesting()
        defer { depth -= 1 }
        try countTable()
        advance()
        var table = TOMLTable(line: tableLine)
        let outerKey = currentKey
        defer { currentKey = outerKey }
        skipSpaces()
        if peek() == "}" {
            advance()
            return TOMLValue(.table(table), line: tableLine)
        }
        while true {
            skipSpaces()
            let keyPath = try parseKeyPath()
            currentKey = ([outerKey].compactMap { $0 } + keyPath).joined(separator: ".")
            skipSpaces()
            guard peek() == "=" else {
                throw TOMLError(line: line, key: currentKey, .of(.tomlKeyNeedsEquals), hint: .of(.tomlInlineKeyHint))
            }
            advance()
            skipSpaces()
            let value = try parseValue()
            try table.insert(value, at: [], dottedKey: keyPath)
            skipSpaces()
            switch peek() {
            case ",":
                advance()
            case "}":
                advance()
                return TOMLValue(.table(table), line: tableLine)
            default:
                throw TOMLError(line: line, key: outerKey, .of(.tomlInlineTable), hint: .of(.tomlInlineTableHint))
            }
        }
    }
}
