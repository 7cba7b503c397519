import TillCore

/// Currencies the money tests use by name; the table is the source, so a wrong entry fails here.
enum TestCurrency {
    static let yen = Currency(code: "JPY")!
    static let dollar = Currency(code: "USD")!
    static let euro = Currency(code: "EUR")!
    static let dinar = Currency(code: "KWD")!
    static let unidad = Currency(code: "CLF")!
    static let gold = Currency(code: "XAU")!

    static func money(_ units: Int64, _ code: String) -> Money {
        Money(minorUnits: units, currency: Currency(code: code)!)
    }
}
