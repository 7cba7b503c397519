import Testing
import TillCore

@Suite("ISO 4217 currencies")
struct CurrencyTests {
    @Test func alphabeticCodesAreUniqueThreeUpperCaseLetters() {
        let codes = Currency.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }, "\(code)")
        }
        #expect(codes == codes.sorted())
    }

    @Test func numericCodesAreUniqueAndInRange() {
        let numbers = Currency.all.map(\.numericCode)
        #expect(Set(numbers).count == numbers.count)
        #expect(numbers.allSatisfy { (1...999).contains($0) })
    }

    @Test func theTableHasEveryActiveCurrency() {
        #expect(Currency.all.count >= 170 && Currency.all.count <= 185)
        #expect(Currency.all.allSatisfy { !$0.name.isEmpty })
    }

    @Test("known entries", arguments: [
        ("JPY", 392, 0), ("USD", 840, 2), ("EUR", 978, 2), ("GBP", 826, 2), ("KWD", 414, 3),
        ("BHD", 48, 3), ("JOD", 400, 3), ("OMR", 512, 3), ("TND", 788, 3), ("IQD", 368, 3), ("LYD", 434, 3),
        ("CLF", 990, 4), ("UYW", 927, 4), ("ISK", 352, 0), ("KRW", 410, 0), ("VND", 704, 0),
        ("CLP", 152, 0), ("XAF", 950, 0), ("XOF", 952, 0), ("XPF", 953, 0), ("CNY", 156, 2),
        ("HKD", 344, 2), ("XCG", 532, 2), ("ZWG", 924, 2), ("SLE", 925, 2), ("ALL", 8, 2),
    ])
    func knownEntry(code: String, numeric: Int, exponent: Int) throws {
        let currency = try #require(Currency(code: code))
        #expect(currency.code == code)
        #expect(currency.numericCode == numeric)
        #expect(currency.minorUnitExponent == exponent)
        #expect(currency.hasMinorUnit)
        #expect(currency.acceptsPayments)
        #expect(Currency(numericCode: numeric) == currency)
    }

    @Test("withdrawn codes are absent", arguments: ["HRK", "SLL", "ANG", "CUC", "ZWL", "VEF", "MRO", "STD", "BGN", "DEM"])
    func withdrawn(code: String) {
        #expect(Currency(code: code) == nil)
    }

    @Test("lookup ignores case", arguments: ["jpy", "Jpy", "JPY", "jPy"])
    func lookupIgnoresCase(text: String) {
        #expect(Currency(code: text)?.code == "JPY")
    }

    @Test("unknown codes", arguments: ["", "US", "USDX", "ABC", " USD", "€", "ＵＳＤ"])
    func unknownCodes(text: String) {
        #expect(Currency(code: text) == nil)
    }

    @Test func unknownNumericCodes() {
        #expect(Currency(numericCode: 0) == nil)
        #expect(Currency(numericCode: 1000) == nil)
        #expect(Currency(numericCode: -840) == nil)
    }

    @Test func namedTrimsAndExplainsUnknownCodes() throws {
        #expect(try Currency.named("  usd\n").code == "USD")
        #expect(throws: MoneyError.unknownCurrency("XYZ")) { try Currency.named(" XYZ ") }
        let message = MoneyError.unknownCurrency("XYZ").message
        #expect(message.contains(#""XYZ""#) && message.contains("three-letter code"))
        let long = MoneyError.unknownCurrency(String(repeating: "A", count: 200)).message
        #expect(long.count < 120)
    }

    @Test("ISO's N.A. entries have exponent 0 and accept no payment", arguments: [
        "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XTS", "XUA", "XXX",
    ])
    func noMinorUnit(code: String) throws {
        let currency = try #require(Currency(code: code))
        #expect(!currency.hasMinorUnit)
        #expect(!currency.acceptsPayments)
        #expect(currency.minorUnitExponent == 0)
        #expect(!Currency.payable.contains(currency))
    }

    @Test func payableIsEveryCurrencyWithAMinorUnit() {
        #expect(Currency.payable.count == Currency.all.count - 13)
        #expect(Currency.payable.allSatisfy { $0.hasMinorUnit })
        #expect(Currency.all.filter { !$0.hasMinorUnit }.allSatisfy { $0.code.hasPrefix("X") })
    }

    @Test("symbols of the common currencies", arguments: [
        ("USD", "$"), ("EUR", "€"), ("GBP", "£"), ("JPY", "¥"), ("KRW", "₩"), ("INR", "₹"), ("CNY", "¥"),
        ("HKD", "HK$"), ("THB", "฿"), ("VND", "₫"),
    ])
    func symbols(code: String, symbol: String) throws {
        let currency = try #require(Currency(code: code))
        #expect(currency.symbol == symbol)
        #expect(currency.displaySymbol == symbol)
    }

    @Test func currenciesWithoutSymbolDisplayTheirCode() throws {
        let dinar = try #require(Currency(code: "KWD"))
        #expect(dinar.symbol == nil)
        #expect(dinar.displaySymbol == "KWD")
        #expect("\(dinar)" == "KWD")
    }

    @Test func exponentsCoverZeroToFour() {
        let exponents = Set(Currency.payable.map(\.minorUnitExponent))
        #expect(exponents == [0, 2, 3, 4])
    }

    @Test func handMadeCurrenciesNeverHaveANegativeExponent() {
        let odd = Currency(code: "QQQ", numericCode: 1, minorUnitExponent: -2, name: "Test")
        #expect(odd.minorUnitExponent == 0)
    }
}
