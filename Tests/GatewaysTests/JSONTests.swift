import Foundation
import Testing

@testable import Gateways

@Suite struct JSONTests {
    @Test func keepsNumberLiteralsExactly() throws {
        let value = try JSONReader.parse(#"{"amount": 0.30, "big": 12345678901234567890, "e": -1.5e3, "zero": 0}"#)
        #expect(value["amount"]?.numberText == "0.30")
        #expect(value["big"]?.numberText == "12345678901234567890")
        #expect(value["big"]?.int64 == nil)
        #expect(value["e"]?.numberText == "-1.5e3")
        #expect(value["zero"]?.int64 == 0)
    }

    @Test func writesNumbersVerbatimAndKeepsMemberOrder() {
        let value = JSONValue.object([
            ("b", .number("0.30")), ("a", .string("x\"y\n")), ("c", .array([.null, .bool(true)])),
        ])
        #expect(JSONWriter.text(value) == #"{"b":0.30,"a":"x\"y\n","c":[null,true]}"#)
    }

    @Test func roundTripsStringsWithEscapesAndUnicode() throws {
        let text = #"{"s":"caf\u00e9 \ud83d\ude00 \/ \\ \t"}"#
        let value = try JSONReader.parse(text)
        #expect(value["s"]?.string == "café 😀 / \\ \t")
        #expect(try JSONReader.parse(JSONWriter.text(value)) == value)
    }

    @Test(arguments: [
        "{\"a\": 1,}", "[1,]", "{\"a\" 1}", "01", "1.", ".5", "\"open", "{} x", "nul", "\"\u{01}\"", "-", "1e",
        "\"\\x\"", "\"\\ud800\"",
    ])
    func refusesInvalidJSON(_ text: String) {
        #expect(throws: JSONReadError.self) { try JSONReader.parse(text) }
    }

    @Test func refusesTooDeepNesting() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONReadError.self) { try JSONReader.parse(deep) }
    }

    @Test func duplicateKeysReadTheFirst() throws {
        // The MOTP status example repeats out_trade_no.
        let value = try JSONReader.parse(#"{"out_trade_no":"A","out_trade_no":"B"}"#)
        #expect(value["out_trade_no"]?.string == "A")
    }
}
