import Testing
import TillCore

@Suite("Money formatting")
struct MoneyFormattingTests {
    @Test("decimal text has exactly the currency's decimals", arguments: [
        (1230, "USD", "12.30"), (1, "USD", "0.01"), (0, "USD", "0.00"), (-5, "USD", "-0.05"), (-250, "USD", "-2.50"),
        (150, "JPY", "150"), (0, "JPY", "0"), (-150, "JPY", "-150"), (1005, "KWD", "1.005"), (5, "KWD", "0.005"),
        (12345, "CLF", "1.2345"), (1, "UYW", "0.0001"), (7, "XAU", "7"),
        (Int64.max, "USD", "92233720368547758.07"), (Int64.min, "USD", "-92233720368547758.08"),
        (Int64.min, "JPY", "-9223372036854775808"),
    ] as [(Int64, String, String)])
    func decimalText(units: Int64, code: String, text: String) {
        #expect(TestCurrency.money(units, code).decimalText == text)
    }

    @Test("decimal text with fixed places", arguments: [
        (1, "USD", 2, "0.01"), (150, "JPY", 2, "150.00"), (150, "JPY", 0, "150"), (1230, "USD", 3, "12.300"),
        (1250, "KWD", 2, "1.25"), (1000, "KWD", 0, "1"), (-150, "JPY", 2, "-150.00"), (1200, "USD", 0, "12"),
        (0, "USD", 2, "0.00"), (120_000, "CLF", 2, "12.00"), (1200, "USD", -3, "12"),
    ] as [(Int64, String, Int, String)])
    func fixedPlaces(units: Int64, code: String, places: Int, text: String) throws {
        let amount = TestCurrency.money(units, code)
        let written = try amount.decimalText(places: places)
        #expect(written == text)
        #expect(try Money.parse(decimalText: written, currency: amount.currency) == amount)
    }

    @Test("fixed places refuse to drop digits", arguments: [
        (1005, "KWD", 2), (1, "USD", 1), (12345, "CLF", 2), (1, "USD", 0),
    ] as [(Int64, String, Int)])
    func fixedPlacesRefused(units: Int64, code: String, places: Int) {
        let amount = TestCurrency.money(units, code)
        #expect(throws: MoneyError.tooPreciseForPlaces(amount, places: places)) { try amount.decimalText(places: places) }
    }

    @Test("formatted", arguments: [
        (123_450, "USD", true, true, "$1,234.50"), (123_450, "USD", false, true, "1,234.50 USD"),
        (123_450, "USD", true, false, "$1234.50"), (123_450, "USD", false, false, "1234.50 USD"),
        (1234, "JPY", true, true, "¥1,234"), (1234, "JPY", false, true, "1,234 JPY"),
        (1_234_500, "KWD", true, true, "1,234.500 KWD"), (1_234_500, "KWD", false, false, "1234.500 KWD"),
        (-500, "EUR", true, true, "-€5.00"), (-123_456_789, "GBP", false, true, "-1,234,567.89 GBP"),
        (0, "USD", true, true, "$0.00"), (99, "USD", true, true, "$0.99"), (100_000, "JPY", true, true, "¥100,000"),
        (999, "JPY", true, true, "¥999"), (123_456_789_012, "CLF", true, true, "12,345,678.9012 CLF"),
        (Int64.max, "JPY", true, true, "¥9,223,372,036,854,775,807"),
        (Int64.min, "USD", true, true, "-$92,233,720,368,547,758.08"),
    ] as [(Int64, String, Bool, Bool, String)])
    func formatted(units: Int64, code: String, symbol: Bool, grouping: Bool, text: String) {
        #expect(TestCurrency.money(units, code).formatted(symbol: symbol, grouping: grouping) == text)
    }

    @Test func withoutSymbolTheTextIsASCII() {
        for currency in Currency.all {
            let text = Money(minorUnits: -1_234_567, currency: currency).formatted(symbol: false)
            #expect(text.allSatisfy { $0.isASCII }, "\(currency.code): \(text)")
        }
    }

    @Test("messages say what is wrong and what to do", arguments: [
        (MoneyError.empty, "No amount"), (.notANumber("x"), "not an amount"), (.negative, "negative"),
        (.zero, "zero"), (.tooLarge, "too large"), (.overflow, "too large"),
        (.tooManyDecimals(TestCurrency.dollar), "USD allows at most 2 decimals: type an amount like 12.34."),
        (.tooManyDecimals(TestCurrency.yen), "JPY has no decimals: type a whole amount, like 150."),
        (.tooManyDecimals(TestCurrency.dinar), "KWD allows at most 3 decimals: type an amount like 12.345."),
        (.tooManyDecimals(TestCurrency.unidad), "CLF allows at most 4 decimals: type an amount like 12.3456."),
        (.aboveMaximum(TestCurrency.money(1_000_000, "USD")), "limit of 10,000.00 USD per sale"),
        (.aboveMaximum(TestCurrency.money(50_000, "JPY")), "limit of 50,000 JPY per sale"),
        (.currencyMismatch(TestCurrency.dollar, TestCurrency.yen), "USD and JPY"),
        (.currencyNotPayable(TestCurrency.gold), "XAU (Gold (one troy ounce)) cannot be used for payments"),
        (.tooPreciseForPlaces(TestCurrency.money(1005, "KWD"), places: 2), "1.005 KWD cannot be sent with 2 decimals"),
    ] as [(MoneyError, String)])
    func messages(error: MoneyError, expected: String) {
        let message = error.message
        #expect(message.contains(expected), "\(message)")
        #expect(message.hasSuffix("."))
        #expect(message.first?.isUppercase == true || message.first == "\"")
    }

    @Test func notANumberNeverRepeatsTheInput() {
        let typed = "6212345678901234567"
        #expect(!MoneyError.notANumber(typed).message.contains(typed))
    }
}
