extension Money {
    /// Parses what a user typed (the counter, `till pay --amount`, refunds): `12`, `12.3`, `12.34`,
    /// `0.5`. The one rule, the same as for amounts in the configuration file: digits, and a dot only
    /// with digits on both sides. Spaces, tabs or line ends around the amount and a bare dot (`12.`,
    /// `.5`) are refused, not silently dropped: what is charged is exactly what was typed. The amount
    /// must be positive, have at most the currency's decimals (no extra digits at all, not even
    /// zeros: `1.000` in JPY could mean one thousand), fit in 64-bit minor units and not be above
    /// `maximum` (the per-sale limit, in the same currency).
    public static func parse(
        cashierInput text: String, currency: Currency, maximum: Money? = nil
    ) throws(MoneyError) -> Money {
        guard currency.acceptsPayments else { throw MoneyError.currencyNotPayable(currency) }
        guard !text.trimmingSpaces().isEmpty else { throw MoneyError.empty }
        guard let number = DecimalNumberText(text[...], syntax: DecimalNumberText.exact) else {
            throw MoneyError.notANumber(text)
        }
        guard !number.isNegative else { throw MoneyError.negative }
        let units = try number.minorUnits(
            exponent: currency.minorUnitExponent, excess: .refused, currency: currency)
        let amount = Money(minorUnits: units, currency: currency)
        guard amount.isPositive else { throw MoneyError.zero }
        if let maximum {
            guard maximum.currency == currency else {
                throw MoneyError.currencyMismatch(currency, maximum.currency)
            }
            guard amount.minorUnits <= maximum.minorUnits else { throw MoneyError.aboveMaximum(maximum) }
        }
        return amount
    }

    /// Parses exact decimal text in major units as gateways send it (`"0.01"`, `"150"`, `"0.30"`,
    /// `"-2.50"`): digits, optionally a dot followed by digits, optionally a leading minus. No spaces,
    /// no grouping. Zeros past the currency's exponent are accepted (`"150.00"` JPY is 150 yen); any
    /// other digit there is refused, since it would be lost.
    public static func parse(decimalText text: String, currency: Currency) throws(MoneyError) -> Money {
        guard !text.isEmpty else { throw MoneyError.empty }
        guard let number = DecimalNumberText(text[...], syntax: DecimalNumberText.exact) else {
            throw MoneyError.notANumber(text)
        }
        let units = try number.minorUnits(
            exponent: currency.minorUnitExponent, excess: .zerosAllowed, currency: currency)
        return Money(minorUnits: units, currency: currency)
    }

    /// Parses the display form written by `formatted(symbol:grouping:)`: an optional minus, the
    /// currency's symbol or nothing, digits with or without comma grouping (groups of three), the
    /// decimals, and optionally a space and the currency code (`-$1,234.50`, `1,234.500 KWD`, `¥150`).
    public static func parse(formatted text: String, currency: Currency) throws(MoneyError) -> Money {
        var rest = Substring(text.trimmingSpaces())
        guard !rest.isEmpty else { throw MoneyError.empty }
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        if let symbol = currency.symbol, rest.hasPrefix(symbol) { rest = rest.dropFirst(symbol.count) }
        if rest.hasSuffix(" " + currency.code) { rest = rest.dropLast(currency.code.count + 1) }
        guard let plain = ungrouped(rest) else { throw MoneyError.notANumber(text) }
        return try parse(decimalText: (negative ? "-" : "") + plain, currency: currency)
    }

    /// The number without its grouping commas, or nil when the commas are not every three digits.
    private static func ungrouped(_ text: Substring) -> String? {
        let integerPart = text.prefix { $0 != "." }
        guard integerPart.contains(",") else { return String(text) }
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined() + text.dropFirst(integerPart.count)
    }
}
