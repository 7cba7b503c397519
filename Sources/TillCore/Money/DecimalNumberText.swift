/// A plain decimal number split into its parts, read from ASCII text digit by digit. Money never
/// passes through a binary floating point number: the digits become minor units by integer steps.
struct DecimalNumberText: Equatable {
    var isNegative: Bool
    /// The digits before the dot, as values 0...9 (may be empty for ".5" when the syntax allows it).
    var integerDigits: [UInt8]
    /// The digits after the dot, as values 0...9.
    var fractionDigits: [UInt8]

    /// How lenient the reading is: exact wire text versus what a cashier types.
    struct Syntax {
        /// Accepts `.5` and `12.` (a cashier's shorthand); exact text requires digits on both sides.
        var allowsBareDot: Bool
    }

    static let exact = Syntax(allowsBareDot: false)
    static let cashier = Syntax(allowsBareDot: true)

    /// Reads `-?digits(.digits)?`; nil when the text is anything else.
    init?(_ text: Substring, syntax: Syntax) {
        var bytes = text.utf8[...]
        isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative { bytes = bytes.dropFirst() }
        let dot = UInt8(ascii: ".")
        let beforeDot = bytes.prefix { $0 != dot }
        let afterDot = bytes.dropFirst(beforeDot.count)
        guard let integer = Self.digitValues(beforeDot) else { return nil }
        integerDigits = integer
        if afterDot.isEmpty {
            fractionDigits = []
            guard !integer.isEmpty else { return nil }
            return
        }
        guard let fraction = Self.digitValues(afterDot.dropFirst()) else { return nil }
        fractionDigits = fraction
        if integer.isEmpty && fraction.isEmpty { return nil }
        if !syntax.allowsBareDot && (integer.isEmpty || fraction.isEmpty) { return nil }
    }

    private static func digitValues(_ bytes: Substring.UTF8View.SubSequence) -> [UInt8]? {
        var values: [UInt8] = []
        values.reserveCapacity(bytes.count)
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            values.append(byte - UInt8(ascii: "0"))
        }
        return values
    }

    /// How to treat digits past the currency's exponent.
    enum ExcessDigits {
        /// Zeros past the exponent are harmless (`150.00` JPY is 150): wire text from gateways.
        case zerosAllowed
        /// Any digit past the exponent is refused (`1.000` JPY might mean one thousand).
        case refused
    }

    /// The number in minor units of a currency with `exponent` decimals.
    func minorUnits(exponent: Int, excess: ExcessDigits, currency: Currency) throws(MoneyError) -> Int64 {
        if fractionDigits.count > exponent {
            let extra = fractionDigits[exponent...]
            if excess == .refused || extra.contains(where: { $0 != 0 }) {
                throw MoneyError.tooManyDecimals(currency)
            }
        }
        var magnitude: UInt64 = 0
        for digit in integerDigits { magnitude = try Self.appending(digit, to: magnitude) }
        for position in 0..<exponent {
            let digit = position < fractionDigits.count ? fractionDigits[position] : 0
            magnitude = try Self.appending(digit, to: magnitude)
        }
        return try Self.signed(magnitude, negative: isNegative)
    }

    private static func appending(_ digit: UInt8, to magnitude: UInt64) throws(MoneyError) -> UInt64 {
        let (shifted, shiftOverflow) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, addOverflow) = shifted.addingReportingOverflow(UInt64(digit))
        guard !shiftOverflow, !addOverflow else { throw MoneyError.tooLarge }
        return sum
    }

    private static func signed(_ magnitude: UInt64, negative: Bool) throws(MoneyError) -> Int64 {
        if negative {
            if magnitude == Int64.min.magnitude { return Int64.min }
            guard let value = Int64(exactly: magnitude) else { throw MoneyError.tooLarge }
            return -value
        }
        guard let value = Int64(exactly: magnitude) else { throw MoneyError.tooLarge }
        return value
    }
}
