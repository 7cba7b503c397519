import Foundation
import Testing
import Wire

/// The one exact JSON reader and writer: what every gateway answer, sandbox request and `--json`
/// line goes through.
@Suite("Exact JSON")
struct JSONTests {
    @Test func keepsNumberLiteralsExactly() throws {
        let value = try JSONReader.parse(#"{"amount": 0.30, "big": 12345678901234567890, "e": -1.5e3, "zero": 0}"#)
        #expect(value["amount"]?.numberText == "0.30")
        #expect(value["big"]?.numberText == "12345678901234567890")
        #expect(value["big"]?.int64 == nil)
        #expect(value["e"]?.numberText == "-1.5e3")
        #expect(value["zero"]?.int64 == 0)
    }

    @Test func numbersKeepTheirLiteralText() throws {
        let value = try JSONReader.parse(#"{"a": 150, "b": 150.0, "c": 0.1, "d": -2e3, "e": 0}"#)
        #expect(value["a"] == .number("150"))
        #expect(value["b"] == .number("150.0"))
        #expect(value["c"] == .number("0.1"))
        #expect(value["d"] == .number("-2e3"))
        #expect(value["a"]?.int64 == 150)
        #expect(value["b"]?.int64 == nil)
        #expect(value["d"]?.int64 == nil)
    }

    @Test func writesNumbersVerbatimAndKeepsMemberOrder() {
        let value = JSONValue.object([
            ("b", .number("0.30")), ("a", .string("x\"y\n")), ("c", .array([.null, .bool(true)])),
        ])
        #expect(JSONWriter.text(value) == #"{"b":0.30,"a":"x\"y\n","c":[null,true]}"#)
    }

    @Test func writerKeepsOrderAndNumbersAndEscapes() throws {
        let object: JSONValue = ["z": .number("0.10"), "a": .string("q\"\n\u{01}"), "m": .array([.null, true, .integer(Int64(7))])]
        let text = JSONWriter.text(object)
        #expect(text == #"{"z":0.10,"a":"q\"\n\u0001","m":[null,true,7]}"#)
        #expect(try JSONReader.parse(text) == object)
    }

    @Test func roundTripsStringsWithEscapesAndUnicode() throws {
        let text = #"{"s":"caf\u00e9 \ud83d\ude00 \/ \\ \t"}"#
        let value = try JSONReader.parse(text)
        #expect(value["s"]?.string == "café 😀 / \\ \t")
        #expect(try JSONReader.parse(JSONWriter.text(value)) == value)
    }

    @Test func stringsDecodeEscapesAndSurrogatePairs() throws {
        let value = try JSONReader.parse(#"["a\"b\\c\/d\n", "\u00e9\ud83d\ude00", "日本"]"#)
        #expect(value.array == [.string("a\"b\\c/d\n"), .string("é😀"), .string("日本")])
    }

    @Test func readsBytesAsWellAsText() throws {
        #expect(try JSONReader.parse(Data(#"{"a":[1]}"#.utf8)) == ["a": .array([.integer(1)])])
        #expect(try JSONReader.parse(Array("true".utf8)) == true)
    }

    @Test(arguments: [
        "", "{", "{\"a\": 1,}", "[1,]", "{\"a\" 1}", "01", "1.", ".5", "-", "1e", "\"open", "[1] x", "{} x", "nul",
        "{\"a\":tru}", "\"\\x\"", "\"\\ud800\"", "\"\\ud83d\"", "\u{01}", "\"\u{01}\"", "{'a':1}", "\"a\u{0A}b\"",
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
        #expect(value.members?.map(\.key) == ["out_trade_no", "out_trade_no"])
    }

    @Test func settingAMemberKeepsItsPlaceAndRemovingDropsEveryCopy() throws {
        var value = try JSONReader.parse(#"{"a":1,"b":2,"a":3}"#)
        value["a"] = "first"
        value["c"] = .null
        #expect(JSONWriter.text(value) == #"{"a":"first","b":2,"a":3,"c":null}"#)
        value["a"] = nil
        #expect(JSONWriter.text(value) == #"{"b":2,"c":null}"#)
    }

    @Test func literalsAndBuildersMakeTheValuesTheyName() {
        let built: JSONValue = ["id": "A1", "paid": false, "note": .optional(nil), "count": .integer(3)]
        #expect(JSONWriter.text(built) == #"{"id":"A1","paid":false,"note":null,"count":3}"#)
        #expect(JSONValue.optional("x") == .string("x"))
        #expect([JSONValue.null, true, .number("1"), "s", .array([]), [:]].map(\.typeName)
            == ["null", "boolean", "number", "string", "array", "object"])
    }
}
