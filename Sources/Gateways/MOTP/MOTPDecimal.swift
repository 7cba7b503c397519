import TillCore

/// MOTP's amounts: decimal numbers in major units (`0.01`), written and read digit by digit from
/// integer minor units, never through binary floating point.
public enum MOTPDecimal {
    /// Why a decimal text is not an amount in a currency.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String { "\"\(text)\" is not an amount: \(reason)" }
    }

    /// `minorUnits` as major units with exactly `exponent` decimals: 30, 2 → `0.30`; 150, 0 → `150`.
    public static func format(minorUnits: Int64, exponent: Int) -> String {
        let negative = minorUnits < 0
        var digits = String(minorUnits.magnitude)
        guard exponent > 0 else { return (negative ? "-" : "") + digits }
        if digits.count <= exponent { digits = String(repeating: "0", count: exponent - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -exponent)
        return (negative ? "-" : "") + digits[..<split] + "." + digits[split...]
    }

    /// `money` as MOTP decimal text.
    public static func format(_ money: Money) -> String {
        format(minorUnits: money.minorUnits, exponent: money.currency.minorUnitExponent)
    }

    /// The minor units of a JSON number literal in major units. Accepts fewer decimals than the
    /// currency has (`0.3` is 30 cents) and extra trailing zeros (`0.300`); refuses anything that is
    /// not exactly representable (`0.305` in USD), exponents, signs and overflow.
    public static func parse(_ text: String, exponent: Int) throws(ParseError) -> Int64 {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else {
            throw ParseError(text: text, reason: "expected digits, optionally with a decimal point")
        }
        guard parts.count == 1 || (!fraction.isEmpty && fraction.allSatisfy(\.isASCIIDigit)) else {
            throw ParseError(text: text, reason: "expected digits after the decimal point")
        }
        let significant = fraction.reversed().drop { $0 == "0" }.reversed()
        guard significant.count <= exponent else {
            throw ParseError(text: text, reason: "more than \(exponent) decimal places")
        }
        let padded = String(significant) + String(repeating: "0", count: exponent - significant.count)
        var value: Int64 = 0
        for character in whole + padded {
            let digit = Int64(character.asciiValue! - UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { throw ParseError(text: text, reason: "too large") }
            value = sum
        }
        return value
    }

    /// The amount in `currency` that a JSON number literal stands for.
    public static func parse(_ text: String, currency: Currency) throws(ParseError) -> Money {
        Money(minorUnits: try parse(text, exponent: currency.minorUnitExponent), currency: currency)
    }
}

extension Character {
    /// `0`–`9` only (not other Unicode digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
