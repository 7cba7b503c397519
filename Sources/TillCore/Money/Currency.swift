/// A currency from ISO 4217: its alphabetic code, numeric code and minor-unit exponent.
///
/// STUB: the full ISO 4217 table lands with the money work (issue 2).
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The alphabetic code, upper case: `JPY`.
    public let code: String
    /// The ISO 4217 numeric code: 392 for JPY.
    public let numericCode: Int
    /// How many decimal places the minor unit has: JPY 0, USD 2, KWD 3.
    public let minorUnitExponent: Int
    /// The English name: `Japanese yen`.
    public let name: String
    /// The symbol a cashier expects, when the currency has a well-known one (`¥`, `$`).
    public let symbol: String?

    public init(code: String, numericCode: Int, minorUnitExponent: Int, name: String, symbol: String? = nil) {
        self.code = code
        self.numericCode = numericCode
        self.minorUnitExponent = minorUnitExponent
        self.name = name
        self.symbol = symbol
    }

    /// Looks a currency up by its alphabetic code (case-insensitive); nil when ISO 4217 has none.
    public init?(code: String) {
        guard let found = Currency.all.first(where: { $0.code == code.uppercased() }) else { return nil }
        self = found
    }

    /// Every active currency of ISO 4217.
    public static let all: [Currency] = [
        Currency(code: "JPY", numericCode: 392, minorUnitExponent: 0, name: "Japanese yen", symbol: "¥"),
        Currency(code: "USD", numericCode: 840, minorUnitExponent: 2, name: "US dollar", symbol: "$"),
        Currency(code: "KWD", numericCode: 414, minorUnitExponent: 3, name: "Kuwaiti dinar"),
    ]

    public var description: String { code }
}
