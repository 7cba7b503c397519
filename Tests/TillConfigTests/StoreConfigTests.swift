import Testing
import TillConfig
import TillCore

@Suite struct StoreConfigTests {
    @Test func readsTheStore() throws {
        let configuration = try decode("""
            [store]
            name = "Corner Shop"
            currency = "jpy"
            max_sale = "50000"
            receipt_header = "Corner Shop\\nMain Street 1"
            """)
        #expect(configuration.store.name == "Corner Shop")
        #expect(configuration.store.currency.code == "JPY")
        #expect(configuration.store.maximumSale == Money(minorUnits: 50000, currency: configuration.store.currency))
        #expect(configuration.store.receiptHeader == "Corner Shop\nMain Street 1")
        #expect(configuration.isDemo)
    }

    @Test func acceptsAWholeNumberMaximum() throws {
        let configuration = try decode("[store]\ncurrency = \"JPY\"\nmax_sale = 20_000")
        #expect(configuration.store.maximumSale?.minorUnits == 20000)
    }

    @Test func aFloatMaximumSaysToWriteAString() throws {
        let found = try #require(issue("[store]\ncurrency = \"USD\"\nmax_sale = 100.5", key: "store.max_sale"))
        #expect(found.line == 3)
        #expect(found.description.contains(#"max_sale = "100.5""#))
        #expect(found.description.hasPrefix("till.toml:3: store.max_sale: "))
    }

    @Test(arguments: ["abc", "-5", "0", ""])
    func refusesAMaximumThatIsNotAPositiveAmount(_ text: String) throws {
        let found = try #require(issue("[store]\ncurrency = \"JPY\"\nmax_sale = \"\(text)\"", key: "store.max_sale"))
        #expect(found.line == 3)
        #expect(found.fix.contains(#"max_sale = "50000""#))
    }

    @Test func refusesAMaximumOfTheWrongType() throws {
        #expect(issue("[store]\ncurrency = \"JPY\"\nmax_sale = true", key: "store.max_sale")?.problem == "is a boolean but must be an amount")
    }

    @Test func refusesAnUnknownCurrency() throws {
        let found = try #require(issue("[store]\ncurrency = \"XYZ\"", key: "store.currency"))
        #expect(found.problem == #""XYZ" is not an ISO 4217 currency code"#)
        #expect(found.line == 2)
    }

    @Test func needsACurrencyOnceAGatewayIsConfigured() throws {
        let text = takemepayTest.replacingOccurrences(of: "currency = \"JPY\"\n", with: "")
        let found = try #require(issue(text, key: "store.currency"))
        #expect(found.problem == "is missing")
        #expect(found.line == 1)
        #expect(found.fix.contains(#"currency = "JPY""#))
    }

    @Test func demoModeDefaultsTheStore() throws {
        let configuration = try decode("[ui]\ntheme = \"dark\"")
        #expect(configuration.store == StoreSettings.demo)
        #expect(configuration.ui.theme == "dark")
        #expect(configuration.entries.contains(EffectiveEntry(key: "store.currency", shown: "\"JPY\"", origin: .defaultValue)))
    }

    @Test func suggestsTheKeyThatWasMeant() throws {
        let found = try #require(issue("[store]\nnmae = \"x\"", key: "store.nmae"))
        #expect(found.problem == "unknown key")
        #expect(found.fix.hasPrefix("did you mean name?"))
        let far = try #require(issue("[store]\nzzzzzz = 1", key: "store.zzzzzz"))
        #expect(far.fix.hasPrefix("remove it; the keys in [store] are: name, currency"))
    }

    @Test func refusesUnknownTopLevelTablesAndWrongTypes() throws {
        #expect(issue("[stor]\nname = \"x\"", key: "stor")?.fix.hasPrefix("did you mean store?") == true)
        #expect(issue("store = \"x\"", key: "store")?.problem == "is a string but must be a table")
        #expect(issue("[store]\nname = 5", key: "store.name")?.fix == #"write name = "Corner Shop""#)
    }

    @Test func readsScannerUIAndJournalForLaterParts() throws {
        let configuration = try decode("""
            [scanner]
            gap_ms = 80
            [ui]
            theme = "ocean"
            [journal]
            path = "~/till/journal.sqlite"
            """, environment: ["HOME": "/home/shop"])
        #expect(configuration.scanner.gapMilliseconds == 80)
        #expect(configuration.ui.theme == "ocean")
        #expect(configuration.journal.path == "/home/shop/till/journal.sqlite")
        #expect(try decode("").scanner.gapMilliseconds == 50)
        #expect(issue("[scanner]\ngap_ms = 0", key: "scanner.gap_ms")?.line == 2)
        #expect(issue("[scanner]\ngap = 5", key: "scanner.gap")?.fix.hasPrefix("did you mean gap_ms?") == true)
    }

    @Test func listsIssuesInFileOrder() throws {
        let found = issues("""
            [ui]
            colour = "x"
            [store]
            currency = "XYZ"
            nmae = 1
            """)
        #expect(found.map(\.line) == [2, 4, 5])
    }
}
