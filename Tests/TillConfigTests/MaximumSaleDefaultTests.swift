import Testing
import TillConfig
import TillCore

/// Without `max_sale` a store still has a limit: about 3,000 to 5,000 US dollars in its currency,
/// by a small table, else by the currency's decimals.
@Suite struct MaximumSaleDefaultTests {
    @Test(arguments: [
        ("JPY", "500000"), ("KRW", "5000000"), ("USD", "5000.00"), ("EUR", "5000.00"), ("CNY", "30000.00"),
        ("KWD", "1000.000"), ("BHD", "1000.000"),
        // Not in the table: by the number of decimals (0, 2, 3).
        ("XAF", "1000000"), ("DKK", "5000.00"), ("LYD", "1000.000"),
    ])
    func aDefaultForEveryExponent(code: String, expected: String) throws {
        let currency = try #require(Currency(code: code))
        let maximum = StoreSettings.defaultMaximumSale(for: currency)
        #expect(maximum.decimalText == expected)
        #expect(maximum.currency == currency)
    }

    @Test func aStoreWithoutMaxSaleHasItsCurrencysDefault() throws {
        let configuration = try decode("[store]\ncurrency = \"USD\"")
        #expect(configuration.store.maximumSale == Money(minorUnits: 500_000, currency: Currency(code: "USD")!))
        #expect(StoreSettings.demo.maximumSale == Money(minorUnits: 500_000, currency: Currency(code: "JPY")!))
    }

    @Test func configCheckShowsTheDefaultAndWhereItCameFrom() throws {
        let configuration = try decode("[store]\ncurrency = \"JPY\"")
        let report = ConfigReport.render(configuration)
        let line = try #require(report.split(separator: "\n").first { $0.contains("store.max_sale") })
        #expect(line.contains(#"store.max_sale = "500000""#))
        #expect(line.hasSuffix("# default"))
    }

    @Test func anExplicitMaxSaleWins() throws {
        let configuration = try decode("[store]\ncurrency = \"JPY\"\nmax_sale = \"20000\"")
        #expect(configuration.store.maximumSale?.minorUnits == 20_000)
        #expect(!ConfigReport.render(configuration).contains("# default\n  store.max_sale"))
    }

    @Test func theExampleTellsTheDefault() {
        #expect(ExampleConfig.text.contains(#"max_sale = "50000""#))
        #expect(ExampleConfig.text.contains(#"JPY "500000""#))
    }
}
