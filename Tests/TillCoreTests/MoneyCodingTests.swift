import Foundation
import Testing
import TillCore

@Suite("Money in JSON")
struct MoneyCodingTests {
    @Test func moneyIsStoredAsMinorUnitsAndTheCurrencyCode() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Money(minorUnits: 150, currency: TestCurrency.yen))
        #expect(String(decoding: data, as: UTF8.self) == #"{"currency":"JPY","minorUnits":150}"#)
    }

    @Test("every currency and extreme amount reads back", arguments: Currency.all)
    func roundTrip(currency: Currency) throws {
        for units in [Int64.min, -1, 0, 1, Int64.max] {
            let amount = Money(minorUnits: units, currency: currency)
            let decoded = try JSONDecoder().decode(Money.self, from: JSONEncoder().encode(amount))
            #expect(decoded == amount)
        }
    }

    @Test("decoding", arguments: [
        (#"{"minorUnits":1005,"currency":"KWD"}"#, "KWD"),
        (#"{"minorUnits":1005,"currency":"kwd"}"#, "KWD"),
        (#"{"minorUnits":1005,"currency":{"code":"KWD","numericCode":1,"minorUnitExponent":9,"name":"x"}}"#, "KWD"),
    ])
    func decoding(json: String, code: String) throws {
        let amount = try JSONDecoder().decode(Money.self, from: Data(json.utf8))
        #expect(amount.minorUnits == 1005)
        #expect(amount.currency == Currency(code: code))
        #expect(amount.currency.minorUnitExponent == 3)
    }

    @Test("unknown currencies do not decode", arguments: [
        #"{"minorUnits":1,"currency":"HRK"}"#, #"{"minorUnits":1,"currency":""}"#,
        #"{"minorUnits":1,"currency":{"name":"Kuna"}}"#, #"{"minorUnits":1,"currency":42}"#,
        #"{"minorUnits":1.5,"currency":"USD"}"#,
    ])
    func unknownCurrency(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Money.self, from: Data(json.utf8)) }
    }
}
