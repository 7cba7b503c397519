/// A currency from ISO 4217: its alphabetic code, numeric code and minor-unit exponent, with the
/// English name and, for the common ones, the symbol a cashier expects.
///
/// `Currency.all` is the full list of active ISO 4217 currencies and funds (see `ISO4217Table.swift`).
/// The few entries whose minor unit ISO gives as "N.A." (gold XAU, silver XAG, SDR XDR, the testing
/// code XTS, "no currency" XXX, ...) are kept so that lookups know them, but they have exponent 0,
/// `hasMinorUnit == false` and `acceptsPayments == false`: a cashier cannot take a payment in them.
///
/// In JSON a currency is its code alone (`"JPY"`); see `Currency+Codable.swift`.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The alphabetic code, upper case: `JPY`.
    public let code: String
    /// The ISO 4217 numeric code: 392 for JPY.
    public let numericCode: Int
    /// How many decimal places the minor unit has: JPY 0, USD 2, KWD 3, CLF 4 (never negative).
    public let minorUnitExponent: Int
    /// The English name: `Japanese yen`.
    public let name: String
    /// The symbol a cashier expects, when the currency has a well-known one (`¥`, `$`, `€`).
    /// It may be outside ASCII; formatting without symbol uses `code` instead.
    public let symbol: String?
    /// False for ISO's "N.A." entries (metals, bond-market units, XDR, XTS, XXX): they have no minor unit.
    public let hasMinorUnit: Bool

    /// A currency as given; prefer `Currency(code:)`, which takes it from the ISO table. A negative
    /// exponent is taken as 0.
    public init(
        code: String, numericCode: Int, minorUnitExponent: Int, name: String, symbol: String? = nil,
        hasMinorUnit: Bool = true
    ) {
        self.code = code
        self.numericCode = numericCode
        self.minorUnitExponent = max(0, minorUnitExponent)
        self.name = name
        self.symbol = symbol
        self.hasMinorUnit = hasMinorUnit
    }

    /// Looks a currency up by its alphabetic code, ignoring case (`"jpy"` is JPY); nil when ISO 4217
    /// has no active currency of that code.
    public init?(code: String) {
        guard let found = Currency.byCode[code.uppercased()] else { return nil }
        self = found
    }

    /// Looks a currency up by its ISO 4217 numeric code (392 is JPY); nil when none is active.
    public init?(numericCode: Int) {
        guard let found = Currency.byNumericCode[numericCode] else { return nil }
        self = found
    }

    /// Looks a currency up by its alphabetic code, ignoring case and surrounding spaces, and says what
    /// to do when there is none (for configuration files and command lines).
    public static func named(_ text: String) throws(MoneyError) -> Currency {
        let trimmed = text.trimmingSpaces()
        guard let found = Currency(code: trimmed) else { throw MoneyError.unknownCurrency(trimmed) }
        return found
    }

    /// Every active currency and fund of ISO 4217, sorted by code.
    public static let all: [Currency] = iso4217Table

    /// The currencies a till can take payments in: every currency of `all` that has a minor unit.
    public static let payable: [Currency] = all.filter(\.acceptsPayments)

    /// Whether a cashier may take a payment in this currency (false for ISO's "N.A." entries).
    public var acceptsPayments: Bool { hasMinorUnit }

    /// The symbol when there is one, else the code: what a price label shows.
    public var displaySymbol: String { symbol ?? code }

    public var description: String { code }

    private static let byCode: [String: Currency] = Dictionary(
        all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    private static let byNumericCode: [Int: Currency] = Dictionary(
        all.map { ($0.numericCode, $0) }, uniquingKeysWith: { first, _ in first })
}

extension String {
    /// The text without leading and trailing white space (including the full-width space an input
    /// method may type).
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
