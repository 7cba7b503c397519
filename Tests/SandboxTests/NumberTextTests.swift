import Testing

@testable import Sandbox

/// The sandbox's exact readings of number literals: MOTP's two-decimal amounts and whole minor units.
@Suite("Number text")
struct NumberTextTests {
    @Test func decimalsBecomeExactMinorUnits() {
        #expect(NumberText.minorUnits("0.1", places: 2) == 10)
        #expect(NumberText.minorUnits("0.01", places: 2) == 1)
        #expect(NumberText.minorUnits("12", places: 2) == 1200)
        #expect(NumberText.minorUnits("0.001", places: 2) == nil)
        #expect(NumberText.minorUnits("1e2", places: 2) == nil)
        #expect(NumberText.minorUnits("1.", places: 2) == nil)
        #expect(NumberText.minorUnits("99999999999999999999", places: 2) == nil)
        #expect(NumberText.decimal(minorUnits: 30, places: 2) == "0.30")
        #expect(NumberText.decimal(minorUnits: 1, places: 2) == "0.01")
        #expect(NumberText.decimal(minorUnits: 123_456, places: 2) == "1234.56")
        #expect(NumberText.decimal(minorUnits: 150, places: 0) == "150")
    }

    @Test func pointOnePlusPointTwoStaysPointThree() throws {
        let first = try #require(NumberText.minorUnits("0.1", places: 2))
        let second = try #require(NumberText.minorUnits("0.2", places: 2))
        #expect(NumberText.decimal(minorUnits: first + second, places: 2) == "0.30")
    }

    @Test func onlyPlainDigitsAreAnInteger() {
        #expect(NumberText.integer("150") == 150)
        #expect(NumberText.integer("-7") == -7)
        #expect(NumberText.integer("+5") == nil)
        #expect(NumberText.integer("150.0") == nil)
        #expect(NumberText.integer("1e2") == nil)
    }
}
