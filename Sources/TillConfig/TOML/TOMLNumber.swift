/// TOML integers (decimal with `_`, and `0x`, `0o`, `0b`), and the refusal of floats and dates.
enum TOMLNumber {
    /// The integer `word` spells; nil when `word` does not look like a number at all.
    /// Throws for floats and dates (refused on purpose) and for malformed or too large integers.
    static func integer(_ word: String, line: Int, key: String?, shown: String) throws(TOMLError) -> Int64? {
        guard let first = word.unicodeScalars.first else { return nil }
        let unsigned = (first == "+" || first == "-") ? String(word.dropFirst()) : word
        if ["inf", "nan"].contains(unsigned) { throw floatError(line: line, key: key, shown: shown) }
        guard let lead = unsigned.unicodeScalars.first, ("0"..."9").contains(lead) else { return nil }
        if looksLikeDateOrTime(unsigned) {
            throw TOMLError(line: line, key: key, .of(.tomlDates), hint: .of(.tomlQuoteIt))
        }
        for prefix in ["0x": 16, "0o": 8, "0b": 2] where unsigned.hasPrefix(prefix.key) {
            guard first != "+" && first != "-" else { throw malformed(line: line, key: key, shown: shown) }
            return try digits(String(unsigned.dropFirst(2)), radix: prefix.value, negative: false, line: line, key: key, shown: shown)
        }
        if unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            throw floatError(line: line, key: key, shown: shown)
        }
        if unsigned.count > 1 && unsigned.hasPrefix("0") {
            throw TOMLError(line: line, key: key, .of(.tomlLeadingZero, ["value": shown]), hint: .of(.tomlLeadingZeroHint))
        }
        return try digits(unsigned, radix: 10, negative: first == "-", line: line, key: key, shown: shown)
    }

    static func digits(
        _ text: String, radix: Int, negative: Bool, line: Int, key: String?, shown: String
    ) throws(TOMLError) -> Int64 {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard !text.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw malformed(line: line, key: key, shown: shown)
        }
        let joined = (negative ? "-" : "") + parts.joined()
        guard let value = Int64(joined, radix: radix) else {
            let allDigits = parts.joined().allSatisfy { Int(String($0), radix: radix) != nil }
            if allDigits {
                throw TOMLError(line: line, key: key, .of(.tomlTooLargeInteger, ["value": shown]), hint: .of(.tomlSmallerNumber))
            }
            throw malformed(line: line, key: key, shown: shown)
        }
        return value
    }

    static func looksLikeDateOrTime(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if scalars.count >= 5, scalars[2] == ":" { return true }
        return scalars.count >= 10 && scalars[4] == "-" && scalars[7] == "-"
    }

    static func floatError(line: Int, key: String?, shown: String) -> TOMLError {
        let keyName = key?.split(separator: ".").last.map(String.init) ?? "amount"
        let example = shown == "the value" ? "..." : shown
        return TOMLError(
            line: line, key: key, .of(.tomlFloat, ["value": shown]), hint: .of(.tomlFloatHint, ["key": keyName, "example": example]))
    }

    static func malformed(line: Int, key: String?, shown: String) -> TOMLError {
        TOMLError(line: line, key: key, .of(.tomlMalformed, ["value": shown]), hint: .of(.tomlMalformedHint))
    }
}
