extension Money {
    /// The exact decimal text in major units, with exactly the currency's number of decimals, no
    /// symbol, no grouping: `12.30` (USD), `150` (JPY), `1.005` (KWD), `-0.50` (USD).
    public var decimalText: String {
        let (integer, fraction) = digitParts()
        let sign = isNegative ? "-" : ""
        return fraction.isEmpty ? sign + integer : sign + integer + "." + fraction
    }

    /// The exact decimal text with a fixed number of decimals, as a gateway wants it (MOTP: two).
    /// More places than the currency has pad with zeros (`150.00` for 150 JPY); fewer places are
    /// allowed only when the dropped digits are zeros (1.250 KWD is `1.25`), otherwise the amount
    /// cannot be written exactly and `MoneyError.tooPreciseForPlaces` says so.
    public func decimalText(places: Int) throws(MoneyError) -> String {
        let places = max(0, places)
        var (integer, fraction) = digitParts()
        if isNegative { integer = "-" + integer }
        if places >= fraction.count {
            fraction += String(repeating: "0", count: places - fraction.count)
        } else {
            let dropped = fraction.dropFirst(places)
            guard dropped.allSatisfy({ $0 == "0" }) else {
                throw MoneyError.tooPreciseForPlaces(self, places: places)
            }
            fraction = String(fraction.prefix(places))
        }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    /// The amount for display. With `symbol` and a currency that has one, the symbol comes first
    /// with no space (`$1,234.50`, `¥1,234`, `-€5.00`); otherwise the ISO code follows after a space
    /// (`1,234.500 KWD`, `1,234.50 USD`), which is also the ASCII-safe form for terminals without
    /// the glyphs. `grouping` puts a comma every three digits of the integer part; the decimal mark is
    /// always a dot, and the number of decimals is always the currency's.
    public func formatted(symbol: Bool = true, grouping: Bool = true) -> String {
        let (integer, fraction) = digitParts()
        let number = (grouping ? Self.grouped(integer) : integer) + (fraction.isEmpty ? "" : "." + fraction)
        let sign = isNegative ? "-" : ""
        if symbol, let mark = currency.symbol { return sign + mark + number }
        return sign + number + " " + currency.code
    }

    /// The digits of the magnitude, split at the currency's exponent: (`"12"`, `"30"`) for 12.30 USD.
    private func digitParts() -> (integer: String, fraction: String) {
        let exponent = currency.minorUnitExponent
        let digits = String(minorUnits.magnitude)
        guard exponent > 0 else { return (digits, "") }
        let padded = String(repeating: "0", count: max(0, exponent + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -exponent)
        return (String(padded[..<split]), String(padded[split...]))
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
