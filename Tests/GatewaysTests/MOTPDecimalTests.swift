import Testing
import TillCore

@testable import Gateways

@Suite struct MOTPDecimalTests {
    @Test(arguments: [
        (Int64(30), 2, "0.30"), (1, 2, "0.01"), (150, 2, "1.50"), (0, 2, "0.00"), (150, 0, "150"), (1005, 3, "1.005"),
        (-5, 2, "-0.05"), (Int64.max, 2, "92233720368547758.07"),
    ])
    func formatsExactly(_ minor: Int64, _ exponent: Int, _ text: String) {
        #expect(MOTPDecimal.format(minorUnits: minor, exponent: exponent) == text)
    }

    @Test func tenCentsPlusTwentyIsThirty() {
        let sum = Money(minorUnits: 10, currency: usd).minorUnits + Money(minorUnits: 20, currency: usd).minorUnits
        #expect(MOTPDecimal.format(Money(minorUnits: sum, currency: usd)) == "0.30")
    }

    @Test(arguments: [
        ("0.30", 2, Int64(30)), ("0.3", 2, 30), ("0.300", 2, 30), ("12", 2, 1200), ("150", 0, 150), ("150.0", 0, 150),
        ("1.005", 3, 1005),
    ])
    func parsesExactly(_ text: String, _ exponent: Int, _ minor: Int64) throws {
        #expect(try MOTPDecimal.parse(text, exponent: exponent) == minor)
    }

    @Test(arguments: ["0.305", "1e2", "-1", "", ".5", "1.", "1,00", "0x10", "99999999999999999999", "１"])
    func refusesInexactOrMalformed(_ text: String) {
        #expect(throws: MOTPDecimal.ParseError.self) { try MOTPDecimal.parse(text, exponent: 2) }
    }

    @Test func roundTripsEveryCentUpToTenDollars() throws {
        for minor in Int64(0)...1000 {
            let text = MOTPDecimal.format(minorUnits: minor, exponent: 2)
            #expect(try MOTPDecimal.parse(text, exponent: 2) == minor)
        }
    }
}
