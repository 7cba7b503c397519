extension Money {
    /// The sum of two amounts of one currency; `currencyMismatch` or `overflow` otherwise.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(other)
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw MoneyError.overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// This amount less another of the same currency (may go below zero); `currencyMismatch` or
    /// `overflow` otherwise.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(other)
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw MoneyError.overflow }
        return Money(minorUnits: difference, currency: currency)
    }

    /// This amount times a whole number (a quantity); `overflow` when the product does not fit.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw MoneyError.overflow }
        return Money(minorUnits: product, currency: currency)
    }

    /// The amount with its sign flipped; `overflow` for the one value whose opposite does not fit.
    public func negated() throws(MoneyError) -> Money {
        try Money.zero(currency).subtracting(self)
    }

    /// The sum of amounts that must all be in `currency` (zero for none).
    public static func sum(_ amounts: some Sequence<Money>, currency: Currency) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// Whether this amount is below another of the same currency; `currencyMismatch` otherwise.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        try requireSameCurrency(other)
        return minorUnits < other.minorUnits
    }

    /// Whether this amount is above another of the same currency (a refund above what was paid,
    /// a sale above the limit); `currencyMismatch` otherwise.
    public func exceeds(_ other: Money) throws(MoneyError) -> Bool {
        try requireSameCurrency(other)
        return minorUnits > other.minorUnits
    }

    private func requireSameCurrency(_ other: Money) throws(MoneyError) {
        guard currency == other.currency else { throw MoneyError.currencyMismatch(currency, other.currency) }
    }
}

extension Money: Comparable {
    /// Orders amounts of one currency by value. Amounts of different currencies have no meaningful
    /// order; so that sorting never traps, they are ordered by currency code first. Code that must
    /// refuse a comparison across currencies uses `isLess(than:)`, which throws.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        guard lhs.currency == rhs.currency else { return lhs.currency.code < rhs.currency.code }
        return lhs.minorUnits < rhs.minorUnits
    }
}
