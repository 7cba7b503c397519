import TillStrings

/// Why a text is not an amount of money, or why arithmetic on money failed. `message` is the one
/// sentence for the cashier: what is wrong and what to do. Messages never repeat what was typed.
public enum MoneyError: Error, Equatable, Sendable {
    /// Nothing (or only spaces) was typed.
    case empty
    /// The text has letters, commas, several dots or other characters that are not an amount.
    case notANumber(String)
    /// The amount has a minus sign where only a positive amount makes sense.
    case negative
    /// The amount is zero where a payment needs a positive one.
    case zero
    /// The amount has more decimals than the currency has (`1.005` USD, `1.5` JPY).
    case tooManyDecimals(Currency)
    /// The amount is above the configured per-sale maximum, which is attached.
    case aboveMaximum(Money)
    /// The amount does not fit in 64-bit minor units.
    case tooLarge
    /// Adding, subtracting or multiplying amounts went past what 64-bit minor units hold.
    case overflow
    /// Two amounts in different currencies were combined or compared.
    case currencyMismatch(Currency, Currency)
    /// The currency has no minor unit in ISO 4217 (gold, SDR, XTS, XXX): no payment can be taken in it.
    case currencyNotPayable(Currency)
    /// The text is not the code of an active ISO 4217 currency.
    case unknownCurrency(String)
    /// The amount cannot be written with that many decimals without losing digits (`1.005` KWD with 2).
    case tooPreciseForPlaces(Money, places: Int)

    /// One sentence for the cashier: what is wrong and what to do.
    public var message: String { message(in: Strings(.en)) }

    /// The sentence in the language of `strings`. What a cashier can type wrong is in every
    /// catalog; the rest (a program's or a configuration's mistake) stays English.
    public func message(in strings: Strings) -> String {
        switch self {
        case .empty: strings[.moneyEmpty]
        case .notANumber: strings[.moneyNotANumber]
        case .negative: strings[.moneyNegative]
        case .zero: strings[.moneyZero]
        case .tooManyDecimals(let currency): Self.decimalsAdvice(currency, strings)
        case .aboveMaximum(let maximum): strings.text(.moneyAboveMaximum, ["maximum": maximum.formatted(symbol: false)])
        case .tooLarge: strings[.moneyTooLarge]
        case .overflow:
            "The total is too large to compute: check the amounts of this sale."
        case .currencyMismatch(let first, let second):
            "Amounts in \(first.code) and \(second.code) cannot be combined: keep to one currency per sale."
        case .currencyNotPayable(let currency):
            "\(currency.code) (\(currency.name)) cannot be used for payments: set the store currency to "
                + "a currency such as USD, EUR or JPY."
        case .unknownCurrency(let text):
            "\(StringQuoting.quoted(Self.cut(text))) is not an ISO 4217 currency code: use a three-letter code such as USD, EUR or JPY."
        case .tooPreciseForPlaces(let amount, let places):
            "The amount \(amount.formatted(symbol: false)) cannot be sent with \(places) decimals without losing digits: "
                + "use a whole amount in the smaller unit or another gateway."
        }
    }

    private static func decimalsAdvice(_ currency: Currency, _ strings: Strings) -> String {
        switch currency.minorUnitExponent {
        case 0: strings.text(.moneyNoDecimals, ["code": currency.code])
        case 1: strings.text(.moneyOneDecimal, ["code": currency.code, "example": example(currency)])
        default:
            strings.text(
                .moneyDecimals,
                ["code": currency.code, "count": String(currency.minorUnitExponent), "example": example(currency)])
        }
    }

    /// An amount with exactly the currency's decimals: 12.34 for USD, 12.345 for KWD.
    static func example(_ currency: Currency) -> String {
        let exponent = currency.minorUnitExponent
        guard exponent > 0 else { return "12" }
        let fraction = (0..<exponent).map { String(($0 + 3) % 10) }.joined()
        return "12." + fraction
    }

    /// At most 12 characters of `text`, so that a pasted blob cannot flood the screen.
    private static func cut(_ text: String) -> String {
        let limit = 12
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
