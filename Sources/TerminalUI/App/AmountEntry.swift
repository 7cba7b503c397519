import TillCore
import TillStrings

/// The amount field as the cashier types it: digits and one decimal point, checked keystroke by
/// keystroke against the currency's decimals and the per-sale maximum, so a wrong amount can
/// never be typed rather than being refused at the end.
///
/// A refused key changes nothing, and neither does any key after it: `12.50` in yen must not
/// become ¥1,250. The refused keys are kept apart (`refused`, shown marked) with the refusal
/// until Backspace takes them back or Esc clears the field; meanwhile the amount cannot be charged.
public struct AmountEntry: Hashable, Sendable {
    /// The digits taken so far, with at most one `.`: `1200`, `12.5`.
    public private(set) var text: String = ""
    /// The keys typed since the first refused one (that one included), none of them taken.
    public private(set) var refused: String = ""
    /// Why `refused` was refused; nil when nothing is pending.
    public private(set) var refusal: Refusal?
    public let currency: Currency
    /// The most one sale may take, if the store set a limit.
    public let maximum: Money?
    /// The language of the refusals.
    public var strings: Strings

    /// The most digits before the point: keeps every amount far inside Int64 minor units.
    public static let maximumWholeDigits = 12

    public init(currency: Currency, maximum: Money? = nil, strings: Strings = Strings(.en)) {
        self.currency = currency
        self.maximum = maximum
        self.strings = strings
    }

    /// Why a keystroke was refused: a message for the cashier.
    public struct Refusal: Error, Hashable, Sendable {
        public let message: String
    }

    /// The most refused keys kept: enough to show what went wrong, bounded for a stuck key.
    public static let maximumRefusedKeys = 16

    /// Nothing taken and nothing refused.
    public var isEmpty: Bool { text.isEmpty && refused.isEmpty }

    /// True when refused keys wait to be taken back: the amount is not what the cashier typed.
    public var hasRefusal: Bool { refusal != nil }

    /// True while the field holds an amount Till put there (what is left to refund), shown selected:
    /// the first digit typed replaces it and Backspace clears it, as in a selected text field, so the
    /// cashier never has to erase it key by key; Enter takes it as it is.
    public private(set) var isSuggestion = false

    /// Types one character, or refuses it and leaves the text as it was. After a refusal every
    /// key is refused with it until Backspace takes the refused keys back.
    public mutating func type(_ character: Character) throws(Refusal) {
        if isSuggestion { clear() }
        if let refusal {
            if refused.count < Self.maximumRefusedKeys { refused.append(character) }
            throw refusal
        }
        do {
            text = try accepted(character)
        } catch {
            refuse(character, because: error)
            throw error
        }
    }

    /// Records `character` as refused for `reason` (a limit the caller checks, such as what is left
    /// to refund): from now on the entry refuses like after its own refusals.
    public mutating func refuse(_ character: Character, because reason: Refusal) {
        // A refused first key still replaces a suggestion: Backspace then takes back that key only.
        if isSuggestion { clear() }
        refusal = reason
        refused = String(character)
    }

    /// The text with `character` typed, or why it cannot be.
    private func accepted(_ character: Character) throws(Refusal) -> String {
        let candidate: String
        if character == "." {
            guard currency.minorUnitExponent > 0 else {
                throw Refusal(message: strings.text(.refusalNoDecimals, ["currency": currency.code]))
            }
            guard !text.contains(".") else { throw Refusal(message: strings[.refusalSecondPoint]) }
            candidate = (text.isEmpty ? "0" : text) + "."
        } else if character.isASCII, character.isNumber {
            candidate = text == "0" ? String(character) : text + String(character)
        } else {
            throw Refusal(message: strings[.refusalNotADigit])
        }
        let parts = candidate.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count > currency.minorUnitExponent {
            let key: StringKey = currency.minorUnitExponent == 1 ? .refusalOneDecimal : .refusalDecimals
            throw Refusal(message: strings.text(key, ["currency": currency.code, "count": "\(currency.minorUnitExponent)"]))
        }
        if parts[0].count > Self.maximumWholeDigits {
            throw Refusal(message: strings[.refusalTooLarge])
        }
        if let maximum, let units = Self.minorUnits(of: candidate, exponent: currency.minorUnitExponent),
            units > maximum.minorUnits
        {
            let limit = Self.display(minorUnits: maximum.minorUnits, currency: currency)
            throw Refusal(message: strings.text(.refusalAboveLimit, ["limit": limit]))
        }
        return candidate
    }

    /// Removes the last character typed: a refused one first, and the refusal with the last of them.
    public mutating func deleteBackward() {
        if isSuggestion {
            clear()
        } else if !refused.isEmpty {
            refused.removeLast()
            if refused.isEmpty { refusal = nil }
        } else if !text.isEmpty {
            text.removeLast()
        }
    }

    /// Empties the field, refused keys and refusal too.
    public mutating func clear() {
        text = ""
        refused = ""
        refusal = nil
        isSuggestion = false
    }

    /// Fills the field with `money`'s amount as a suggestion (see `isSuggestion`).
    public mutating func suggest(_ money: Money) {
        fill(with: money)
        isSuggestion = !text.isEmpty
    }

    /// Fills the field with `money`'s amount as if typed (the last sale's amount, reused on purpose).
    public mutating func fill(with money: Money) {
        clear()
        for character in money.decimalText {
            do throws(Refusal) {
                try type(character)
            } catch {
                // Above today's limit or in another currency: better an empty field than a wrong amount.
                return clear()
            }
        }
    }

    /// The amount as minor units, or nil when nothing was typed.
    public var minorUnits: Int64? { Self.minorUnits(of: text, exponent: currency.minorUnitExponent) }

    /// The amount as TillCore parses it, with the maximum enforced: what a sale is started with.
    public func money() throws(MoneyError) -> Money {
        try Money.parse(cashierInput: text, currency: currency, maximum: maximum)
    }

    /// The amount for the screen, as typed: symbol (or code), grouped whole part, typed decimals.
    public var displayText: String {
        let shown = text.isEmpty ? "0" : text
        let parts = shown.split(separator: ".", omittingEmptySubsequences: false)
        var result = Self.prefix(currency) + Self.grouped(String(parts[0]))
        if parts.count == 2 { result += "." + parts[1] }
        return result
    }

    static func prefix(_ currency: Currency) -> String {
        currency.symbol ?? "\(currency.code) "
    }

    /// Exact minor units of a typed amount text; nil when empty or not digits.
    static func minorUnits(of text: String, exponent: Int) -> Int64? {
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0].isEmpty ? "0" : String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        guard fraction.count <= exponent else { return nil }
        fraction += String(repeating: "0", count: exponent - fraction.count)
        return Int64(whole + fraction)
    }

    /// Minor units shown with symbol, grouping and every decimal: `¥1,000,000`, `$12.50`.
    static func display(minorUnits: Int64, currency: Currency) -> String {
        let exponent = currency.minorUnitExponent
        var digits = String(minorUnits)
        if digits.count <= exponent { digits = String(repeating: "0", count: exponent - digits.count + 1) + digits }
        let whole = String(digits.dropLast(exponent))
        let fraction = String(digits.suffix(exponent))
        return prefix(currency) + grouped(whole) + (exponent > 0 ? "." + fraction : "")
    }

    static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
