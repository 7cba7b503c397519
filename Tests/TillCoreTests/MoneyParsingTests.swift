import Testing
import TillCore

@Suite("Money parsing")
struct MoneyParsingTests {
    // MARK: What a cashier types

    @Test("cashier input accepted", arguments: [
        ("12", "USD", 1200), ("12.3", "USD", 1230), ("12.34", "USD", 1234), ("0.5", "USD", 50),
        ("007", "USD", 700), ("0.01", "USD", 1), ("150", "JPY", 150), ("1", "JPY", 1),
        ("1234567", "JPY", 1_234_567), ("1.005", "KWD", 1005), ("0.001", "KWD", 1), ("2.5", "BHD", 2500),
        ("1.2345", "CLF", 12345), ("0.0001", "UYW", 1), ("3", "CLF", 30000), ("99", "ISK", 99),
        ("92233720368547758.07", "USD", Int64.max), ("9223372036854775807", "JPY", Int64.max),
    ] as [(String, String, Int64)])
    func cashierAccepted(text: String, code: String, units: Int64) throws {
        let currency = try #require(Currency(code: code))
        let amount = try Money.parse(cashierInput: text, currency: currency)
        #expect(amount == Money(minorUnits: units, currency: currency))
    }

    @Test("cashier input refused", arguments: [
        ("", "USD", MoneyError.empty), ("   ", "USD", .empty), ("\t", "JPY", .empty),
        ("abc", "USD", .notANumber("abc")), ("12a", "USD", .notANumber("12a")),
        ("1,234.50", "USD", .notANumber("1,234.50")), ("12,50", "EUR", .notANumber("12,50")),
        ("1.2.3", "USD", .notANumber("1.2.3")), (".", "USD", .notANumber(".")), ("-", "USD", .notANumber("-")),
        ("+5", "USD", .notANumber("+5")), ("1 000", "JPY", .notANumber("1 000")), ("$5", "USD", .notANumber("$5")),
        ("1e3", "USD", .notANumber("1e3")),
        // One rule for what a user typed (issue 15): no spaces around it, no bare dot.
        ("1 ", "JPY", .notANumber("1 ")), ("\t1", "JPY", .notANumber("\t1")), ("1\n", "JPY", .notANumber("1\n")),
        ("1.", "USD", .notANumber("1.")), ("1.", "JPY", .notANumber("1.")), (".5", "USD", .notANumber(".5")),
        ("  7.05 ", "USD", .notANumber("  7.05 ")), ("\u{3000}150\u{3000}", "JPY", .notANumber("\u{3000}150\u{3000}")),
        ("\r\n1", "USD", .notANumber("\r\n1")), ("1\u{00A0}", "USD", .notANumber("1\u{00A0}")), ("１２", "JPY", .notANumber("１２")), ("--5", "USD", .notANumber("--5")),
        ("-5", "USD", .negative), ("-0.01", "USD", .negative), ("-150", "JPY", .negative),
        ("0", "USD", .zero), ("0.00", "USD", .zero), (".0", "USD", .notANumber(".0")), ("000", "JPY", .zero), ("0.000", "KWD", .zero),
        ("1.005", "USD", .tooManyDecimals(TestCurrency.dollar)), ("1.500", "USD", .tooManyDecimals(TestCurrency.dollar)),
        ("1.5", "JPY", .tooManyDecimals(TestCurrency.yen)), ("1.000", "JPY", .tooManyDecimals(TestCurrency.yen)),
        ("150.0", "JPY", .tooManyDecimals(TestCurrency.yen)), ("1.0005", "KWD", .tooManyDecimals(TestCurrency.dinar)),
        ("1.23456", "CLF", .tooManyDecimals(TestCurrency.unidad)),
        ("92233720368547758.08", "USD", .tooLarge), ("9223372036854775808", "JPY", .tooLarge),
        ("99999999999999999999999999", "USD", .tooLarge), ("922337203685477.5808", "CLF", .tooLarge),
    ] as [(String, String, MoneyError)])
    func cashierRefused(text: String, code: String, error: MoneyError) throws {
        let currency = try #require(Currency(code: code))
        #expect(throws: error) { try Money.parse(cashierInput: text, currency: currency) }
    }

    @Test func noPaymentInACurrencyWithoutMinorUnit() {
        #expect(throws: MoneyError.currencyNotPayable(TestCurrency.gold)) {
            try Money.parse(cashierInput: "1", currency: TestCurrency.gold)
        }
    }

    @Test("per-sale maximum", arguments: [
        ("10000", true), ("10000.00", true), ("9999.99", true), ("10000.01", false), ("20000", false),
    ])
    func maximum(text: String, accepted: Bool) throws {
        let limit = Money(minorUnits: 1_000_000, currency: TestCurrency.dollar)
        if accepted {
            let amount = try Money.parse(cashierInput: text, currency: TestCurrency.dollar, maximum: limit)
            #expect(amount.minorUnits <= limit.minorUnits)
        } else {
            #expect(throws: MoneyError.aboveMaximum(limit)) {
                try Money.parse(cashierInput: text, currency: TestCurrency.dollar, maximum: limit)
            }
        }
    }

    @Test func maximumInAnotherCurrencyIsAMismatch() {
        let limit = Money(minorUnits: 10_000, currency: TestCurrency.yen)
        #expect(throws: MoneyError.currencyMismatch(TestCurrency.dollar, TestCurrency.yen)) {
            try Money.parse(cashierInput: "5", currency: TestCurrency.dollar, maximum: limit)
        }
    }

    // MARK: Exact wire text

    @Test("decimal text accepted", arguments: [
        ("0.01", "USD", 1), ("150", "USD", 15000), ("0.30", "USD", 30), ("0.3", "USD", 30), ("12.34", "USD", 1234),
        ("-2.50", "USD", -250), ("150", "JPY", 150), ("150.00", "JPY", 150), ("150.0000000", "JPY", 150),
        ("1.005", "KWD", 1005), ("1.25", "KWD", 1250), ("1.2500", "KWD", 1250), ("0", "USD", 0),
        ("1.2345", "CLF", 12345), ("12", "UYW", 120_000), ("5", "XAU", 5), ("5.00", "XAU", 5),
        ("-92233720368547758.08", "USD", Int64.min), ("-9223372036854775808", "JPY", Int64.min),
        ("92233720368547758.07", "USD", Int64.max),
    ] as [(String, String, Int64)])
    func decimalAccepted(text: String, code: String, units: Int64) throws {
        let currency = try #require(Currency(code: code))
        #expect(try Money.parse(decimalText: text, currency: currency) == Money(minorUnits: units, currency: currency))
    }

    @Test("decimal text refused", arguments: [
        ("", "USD", MoneyError.empty), (" 1.00", "USD", .notANumber(" 1.00")), ("1.00 ", "USD", .notANumber("1.00 ")),
        (".5", "USD", .notANumber(".5")), ("5.", "USD", .notANumber("5.")), ("1,000", "USD", .notANumber("1,000")),
        ("+1", "USD", .notANumber("+1")), ("0x10", "USD", .notANumber("0x10")), ("1e2", "USD", .notANumber("1e2")),
        ("NaN", "USD", .notANumber("NaN")), ("-", "USD", .notANumber("-")),
        ("150.01", "JPY", .tooManyDecimals(TestCurrency.yen)), ("150.5", "JPY", .tooManyDecimals(TestCurrency.yen)),
        ("0.001", "USD", .tooManyDecimals(TestCurrency.dollar)), ("1.0050", "USD", .tooManyDecimals(TestCurrency.dollar)),
        ("1.00051", "KWD", .tooManyDecimals(TestCurrency.dinar)),
        ("92233720368547758.08", "USD", .tooLarge), ("-92233720368547758.09", "USD", .tooLarge),
    ] as [(String, String, MoneyError)])
    func decimalRefused(text: String, code: String, error: MoneyError) throws {
        let currency = try #require(Currency(code: code))
        #expect(throws: error) { try Money.parse(decimalText: text, currency: currency) }
    }

    @Test func decimalTextNeverGoesThroughFloatingPoint() throws {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; exact text must give 0.30.
        let first = try Money.parse(decimalText: "0.1", currency: TestCurrency.dollar)
        let second = try Money.parse(decimalText: "0.2", currency: TestCurrency.dollar)
        #expect(try first.adding(second).decimalText == "0.30")
        let large = try Money.parse(decimalText: "90071992547409.93", currency: TestCurrency.dollar)
        #expect(large.minorUnits == 9_007_199_254_740_993)
    }

    // MARK: Display form

    @Test("formatted text accepted", arguments: [
        ("$1,234.50", "USD", 123_450), ("1,234.50 USD", "USD", 123_450), ("1234.50", "USD", 123_450),
        ("-$5.00", "USD", -500), ("¥1,234", "JPY", 1234), ("1,234 JPY", "JPY", 1234),
        ("1,234.500 KWD", "KWD", 1_234_500), ("12,345,678.9012 CLF", "CLF", 123_456_789_012),
        ("€0.99", "EUR", 99), ("  $1.00  ", "USD", 100),
    ] as [(String, String, Int64)])
    func formattedAccepted(text: String, code: String, units: Int64) throws {
        let currency = try #require(Currency(code: code))
        #expect(try Money.parse(formatted: text, currency: currency) == Money(minorUnits: units, currency: currency))
    }

    @Test("formatted text refused", arguments: [
        ("1,23.50", "USD"), ("12,3456", "USD"), (",123", "USD"), ("1,,234", "USD"), ("1234,567", "USD"),
        ("€5.00", "USD"), ("5.00 EUR", "USD"), ("$", "USD"), ("1.234,50", "USD"),
    ])
    func formattedRefused(text: String, code: String) throws {
        let currency = try #require(Currency(code: code))
        #expect(throws: MoneyError.self) { try Money.parse(formatted: text, currency: currency) }
    }

    @Test func formattedEmptyIsEmpty() {
        #expect(throws: MoneyError.empty) { try Money.parse(formatted: " ", currency: TestCurrency.dollar) }
    }
}
