/// An amount of money: integer minor units of one currency. Never a binary floating point number.
///
/// STUB: parsing, formatting and checked arithmetic land with the money work (issue 2).
public struct Money: Hashable, Sendable, Codable {
    /// The amount in the currency's minor unit (cents for USD, yen for JPY).
    public let minorUnits: Int64
    /// The currency the amount is in.
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Parses what a cashier types (`12`, `12.3`, `0.5`), enforcing the currency's decimals and an
    /// optional per-sale maximum.
    public static func parse(cashierInput text: String, currency: Currency, maximum: Money? = nil) throws(MoneyError) -> Money {
        try parse(decimalText: text, currency: currency)
    }

    /// Parses exact decimal text (`"0.01"`) as found on the wire.
    public static func parse(decimalText text: String, currency: Currency) throws(MoneyError) -> Money {
        guard let value = Int64(text) else { throw MoneyError.notANumber(text) }
        return Money(minorUnits: value, currency: currency)
    }

    /// The exact decimal text in major units, no symbol, no grouping: `12.34`, `150`, `1.005`.
    public var decimalText: String { String(minorUnits) }

    /// The amount for display, with or without the currency's symbol and digit grouping.
    public func formatted(symbol: Bool = true, grouping: Bool = true) -> String { decimalText }
}

/// Why a text is not an amount of money, or why arithmetic on money failed.
public enum MoneyError: Error, Equatable, Sendable {
    case notANumber(String)
}
