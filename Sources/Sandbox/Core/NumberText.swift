/// Exact readings of number literals in request bodies: integers, and decimals with a bounded number
/// of places (MOTP writes every amount with two). Digit by digit: never through a `Double`.
enum NumberText {
    /// The integer written by `text`, only when it has no fraction and no exponent and fits Int64.
    static func integer(_ text: String) -> Int64? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text)
    }

    /// The amount in minor units of a plain decimal (`0.01`, `12`, `12.5`) with at most `places`
    /// decimals: `minorUnits("0.1", places: 2) == 10`. Nil for exponents, too many places, or overflow.
    static func minorUnits(_ text: String, places: Int) -> Int64? {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= places, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || !fraction.isEmpty else { return nil }
        let padded = String(fraction) + String(repeating: "0", count: places - fraction.count)
        guard let value = Int64(String(whole) + padded) else { return nil }
        return negative ? -value : value
    }

    /// The plain decimal text of `minorUnits` with exactly `places` decimals: (30, 2) → `0.30`.
    static func decimal(minorUnits: Int64, places: Int) -> String {
        guard places > 0 else { return String(minorUnits) }
        let negative = minorUnits < 0
        var digits = String(minorUnits.magnitude)
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        return (negative ? "-" : "") + digits[..<split] + "." + digits[split...]
    }
}
