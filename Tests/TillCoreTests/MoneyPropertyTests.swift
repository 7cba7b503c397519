import PropertyBased
import Testing
import TillCore

/// Runs `body` and records an issue for any error it throws. `propertyCheck` (2.0.1) drops errors
/// thrown by its body without failing, so a property body must never throw them itself.
func failOnThrow(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
    } catch {
        Issue.record("Unexpected error: \(error)", sourceLocation: sourceLocation)
    }
}

/// Round trips and checked arithmetic over random amounts, for every currency of the ISO table.
@Suite("Money properties")
struct MoneyPropertyTests {
    /// Amounts near zero, where padding of the decimals matters most, and over the whole range.
    static let small = Gen.int64(in: -100_000...100_000)
    static let any = Gen.int64()

    @Test("decimal text round trips", arguments: Currency.all)
    func decimalTextRoundTrip(currency: Currency) async {
        for generator in [Self.small, Self.any] {
            await propertyCheck(count: 60, input: generator) { units in
                failOnThrow {
                    let amount = Money(minorUnits: units, currency: currency)
                    let parsed = try Money.parse(decimalText: amount.decimalText, currency: currency)
                    #expect(parsed == amount)
                }
            }
        }
    }

    @Test("formatted text round trips", arguments: Currency.all)
    func formattedRoundTrip(currency: Currency) async {
        for generator in [Self.small, Self.any] {
            await propertyCheck(count: 40, input: generator, Gen.bool, Gen.bool) { units, symbol, grouping in
                let amount = Money(minorUnits: units, currency: currency)
                let text = amount.formatted(symbol: symbol, grouping: grouping)
                failOnThrow {
                    let parsed = try Money.parse(formatted: text, currency: currency)
                    #expect(parsed == amount, "\(text)")
                }
            }
        }
    }

    @Test("positive amounts typed by a cashier round trip", arguments: Currency.payable)
    func cashierRoundTrip(currency: Currency) async {
        await propertyCheck(count: 60, input: Gen.int64(in: 1...Int64.max)) { units in
            failOnThrow {
                let amount = Money(minorUnits: units, currency: currency)
                let parsed = try Money.parse(cashierInput: amount.decimalText, currency: currency)
                #expect(parsed == amount)
            }
        }
    }

    @Test("more places pad with zeros that parse back; a non-zero extra digit is refused", arguments: Currency.all)
    func extraPlaces(currency: Currency) async {
        await propertyCheck(count: 40, input: Self.any, Gen.int(in: 1...6), Gen.int(in: 1...9)) { units, extra, digit in
            failOnThrow {
                let amount = Money(minorUnits: units, currency: currency)
                let places = currency.minorUnitExponent + extra
                let padded = try amount.decimalText(places: places)
                #expect(padded.count == amount.decimalText.count + extra + (currency.minorUnitExponent == 0 ? 1 : 0))
                let parsed = try Money.parse(decimalText: padded, currency: currency)
                #expect(parsed == amount)
                let spoiled = String(padded.dropLast()) + String(digit)
                #expect(throws: MoneyError.tooManyDecimals(currency)) {
                    try Money.parse(decimalText: spoiled, currency: currency)
                }
            }
        }
    }

    @Test func checkedAdditionIsExactOrReportsOverflow() async {
        let nearEdge = Gen.int64(in: (Int64.max - 1_000)...Int64.max)
        let nearBottom = Gen.int64(in: Int64.min...(Int64.min + 1_000))
        for (first, second) in [(Self.any, Self.any), (nearEdge, Self.small), (nearBottom, Self.small), (Self.small, Self.small)] {
            await propertyCheck(count: 300, input: first, second) { a, b in
                let dollars = TestCurrency.dollar
                let overflows = (b > 0 && a > Int64.max - b) || (b < 0 && a < Int64.min - b)
                let result = Result { () throws(MoneyError) -> Money in
                    try Money(minorUnits: a, currency: dollars).adding(Money(minorUnits: b, currency: dollars))
                }
                switch result {
                case .success(let sum): #expect(!overflows && sum.minorUnits == a + b && sum.currency == dollars)
                case .failure(let error): #expect(overflows && error == .overflow)
                }
            }
        }
    }

    @Test func checkedSubtractionIsExactOrReportsOverflow() async {
        await propertyCheck(count: 500, input: Self.any, Self.any) { a, b in
            let yen = TestCurrency.yen
            let overflows = (b < 0 && a > Int64.max + b) || (b > 0 && a < Int64.min + b)
            let result = Result { () throws(MoneyError) -> Money in
                try Money(minorUnits: a, currency: yen).subtracting(Money(minorUnits: b, currency: yen))
            }
            switch result {
            case .success(let difference): #expect(!overflows && difference.minorUnits == a - b)
            case .failure(let error): #expect(overflows && error == .overflow)
            }
        }
    }

    @Test func checkedMultiplicationIsExactOrReportsOverflow() async {
        let factor = Gen.int64(in: -1_000_000...1_000_000)
        for amounts in [Self.any, Self.small, Gen.int64(in: -10_000_000_000_000...10_000_000_000_000)] {
            await propertyCheck(count: 300, input: amounts, factor) { a, n in
                let full = a.multipliedFullWidth(by: n)
                let fits = (full.high == 0 && full.low <= UInt64(Int64.max)) || (full.high == -1 && full.low >= UInt64(Int64.max) + 1)
                let result = Result { () throws(MoneyError) -> Money in
                    try Money(minorUnits: a, currency: TestCurrency.dinar).multiplied(by: n)
                }
                switch result {
                case .success(let product): #expect(fits && product.minorUnits == a * n)
                case .failure(let error): #expect(!fits && error == .overflow)
                }
            }
        }
    }

    @Test func orderFollowsMinorUnitsAndTheDecimalTextReadsBack() async {
        await propertyCheck(count: 300, input: Self.any, Self.any) { a, b in
            let first = Money(minorUnits: a, currency: TestCurrency.unidad)
            let second = Money(minorUnits: b, currency: TestCurrency.unidad)
            #expect((first < second) == (a < b))
            failOnThrow {
                let isLess = try first.isLess(than: second)
                let exceeds = try first.exceeds(second)
                #expect(isLess == (a < b))
                #expect(exceeds == (a > b))
            }
        }
    }
}
