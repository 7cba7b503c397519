/// An amount of money: integer minor units of one currency (cents for USD, yen for JPY, fils for
/// KWD). Never a binary floating point number: text is read and written digit by digit.
///
/// - Parsing: `parse(cashierInput:currency:maximum:)` for what a cashier types (strict, positive),
///   `parse(decimalText:currency:)` for exact wire text, `parse(formatted:currency:)` for the display form.
/// - Writing: `decimalText`, `decimalText(places:)` and `formatted(symbol:grouping:)`.
/// - Arithmetic is checked: overflow and mixing currencies are `MoneyError`s, never a trap or a wrap.
///   `Comparable` orders amounts of one currency by value; use `isLess(than:)` or `exceeds(_:)` when
///   the two amounts might be in different currencies and that must be an error.
public struct Money: Hashable, Sendable, Codable {
    /// The amount in the currency's minor unit (cents for USD, yen for JPY). May be negative
    /// (a difference), although cashier input never is.
    public let minorUnits: Int64
    /// The currency the amount is in.
    public let currency: Currency

    /// An amount of `minorUnits` of `currency` (150 JPY is 150; 1.50 USD is 150).
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Nothing, in the given currency.
    public static func zero(_ currency: Currency) -> Money {
        Money(minorUnits: 0, currency: currency)
    }

    /// Whether the amount is exactly zero.
    public var isZero: Bool { minorUnits == 0 }
    /// Whether the amount is above zero: what a sale or a refund must be.
    public var isPositive: Bool { minorUnits > 0 }
    /// Whether the amount is below zero.
    public var isNegative: Bool { minorUnits < 0 }
}
