import TillCore

/// The per-sale maximum a store has when `max_sale` is not set: about 3,000 to 5,000 US dollars,
/// enough for any sale at a shop counter and far below a few stray zeros.
///
/// The currencies the four gateways serve (and a few neighbours) have a round figure of their own;
/// any other currency gets one by its decimals: 1,000,000 whole units without decimals, 5,000.00
/// with two, 1,000.000 with three. For a weak currency that default may be low: `max_sale` sets
/// the store's own.
extension StoreSettings {
    /// Whole units (before the decimal point) by currency code.
    static let defaultMaximumWholeUnits: [String: Int64] = [
        "JPY": 500_000, "KRW": 5_000_000, "VND": 100_000_000, "CLP": 3_000_000, "ISK": 500_000,
        "CNY": 30_000, "HKD": 30_000, "TWD": 100_000, "MOP": 30_000, "SGD": 5_000, "MYR": 15_000,
        "THB": 100_000, "PHP": 200_000, "IDR": 50_000_000, "INR": 300_000, "AUD": 5_000, "NZD": 5_000,
        "USD": 5_000, "CAD": 5_000, "EUR": 5_000, "GBP": 4_000, "CHF": 4_000,
        "KWD": 1_000, "BHD": 1_000, "OMR": 1_000, "JOD": 2_000, "TND": 10_000,
    ]

    /// Whole units for a currency missing from the table, by its number of decimals.
    static func fallbackWholeUnits(exponent: Int) -> Int64 {
        switch exponent {
        case 0: 1_000_000
        case 3: 1_000
        default: 5_000
        }
    }

    /// The maximum one sale may take when the configuration sets none.
    public static func defaultMaximumSale(for currency: Currency) -> Money {
        let whole = defaultMaximumWholeUnits[currency.code] ?? fallbackWholeUnits(exponent: currency.minorUnitExponent)
        var units = whole
        for _ in 0..<currency.minorUnitExponent { units *= 10 }
        return Money(minorUnits: units, currency: currency)
    }
}
