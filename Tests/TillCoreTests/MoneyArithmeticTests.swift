import Testing
import TillCore

@Suite("Money arithmetic")
struct MoneyArithmeticTests {
    let dollars = TestCurrency.dollar

    @Test func addsSubtractsAndMultipliesExactly() throws {
        let price = Money(minorUnits: 1999, currency: dollars)
        #expect(try price.adding(Money(minorUnits: 1, currency: dollars)).minorUnits == 2000)
        #expect(try price.subtracting(Money(minorUnits: 2000, currency: dollars)).minorUnits == -1)
        #expect(try price.multiplied(by: 3).minorUnits == 5997)
        #expect(try price.multiplied(by: 0).isZero)
        #expect(try price.multiplied(by: -2).minorUnits == -3998)
        #expect(try price.negated().minorUnits == -1999)
    }

    @Test("overflow is an error, never a trap or a wrap", arguments: [
        (Int64.max, Int64(1)), (Int64.min, -1), (Int64.max / 2 + 1, Int64.max / 2 + 1),
    ] as [(Int64, Int64)])
    func additionOverflow(first: Int64, second: Int64) {
        let a = Money(minorUnits: first, currency: dollars)
        let b = Money(minorUnits: second, currency: dollars)
        #expect(throws: MoneyError.overflow) { try a.adding(b) }
    }

    @Test func subtractionMultiplicationAndNegationOverflow() throws {
        let lowest = Money(minorUnits: Int64.min, currency: dollars)
        let highest = Money(minorUnits: Int64.max, currency: dollars)
        #expect(throws: MoneyError.overflow) { try lowest.subtracting(Money(minorUnits: 1, currency: self.dollars)) }
        #expect(throws: MoneyError.overflow) { try highest.subtracting(Money(minorUnits: -1, currency: self.dollars)) }
        #expect(throws: MoneyError.overflow) { try highest.multiplied(by: 2) }
        #expect(throws: MoneyError.overflow) { try lowest.multiplied(by: -1) }
        #expect(throws: MoneyError.overflow) { try lowest.negated() }
        #expect(try highest.negated().minorUnits == -Int64.max)
    }

    @Test func mixingCurrenciesIsAnError() {
        let dollar = Money(minorUnits: 100, currency: dollars)
        let yen = Money(minorUnits: 100, currency: TestCurrency.yen)
        let mismatch = MoneyError.currencyMismatch(dollars, TestCurrency.yen)
        #expect(throws: mismatch) { try dollar.adding(yen) }
        #expect(throws: mismatch) { try dollar.subtracting(yen) }
        #expect(throws: mismatch) { try dollar.isLess(than: yen) }
        #expect(throws: MoneyError.currencyMismatch(TestCurrency.yen, dollars)) { try yen.exceeds(dollar) }
        #expect(throws: MoneyError.currencyMismatch(dollars, TestCurrency.yen)) {
            try Money.sum([dollar, yen], currency: self.dollars)
        }
        #expect(dollar != yen)
    }

    @Test func sums() throws {
        let amounts = [105, 250, 1].map { Money(minorUnits: $0, currency: dollars) }
        #expect(try Money.sum(amounts, currency: dollars).decimalText == "3.56")
        #expect(try Money.sum([], currency: dollars) == .zero(dollars))
        let huge = [Int64.max, 1].map { Money(minorUnits: $0, currency: dollars) }
        #expect(throws: MoneyError.overflow) { try Money.sum(huge, currency: self.dollars) }
    }

    @Test func comparesWithinACurrency() throws {
        let small = Money(minorUnits: 5, currency: dollars)
        let large = Money(minorUnits: 500, currency: dollars)
        #expect(small < large)
        #expect(!(large < small))
        #expect(try small.isLess(than: large))
        #expect(try !large.isLess(than: small))
        #expect(try large.exceeds(small))
        #expect(try !small.exceeds(small))
        #expect([large, small, Money(minorUnits: -3, currency: dollars)].sorted().map(\.minorUnits) == [-3, 5, 500])
    }

    @Test func sortingAcrossCurrenciesGroupsByCodeAndNeverTraps() {
        let amounts = [
            Money(minorUnits: 1, currency: dollars), Money(minorUnits: 900, currency: TestCurrency.yen),
            Money(minorUnits: 5, currency: TestCurrency.euro), Money(minorUnits: -1, currency: dollars),
        ]
        #expect(amounts.sorted().map(\.currency.code) == ["EUR", "JPY", "USD", "USD"])
        #expect(amounts.sorted().last?.minorUnits == 1)
    }

    @Test func signs() {
        #expect(Money.zero(dollars).isZero)
        #expect(Money(minorUnits: 1, currency: dollars).isPositive)
        #expect(Money(minorUnits: -1, currency: dollars).isNegative)
        #expect(!Money(minorUnits: 0, currency: dollars).isPositive)
    }
}
