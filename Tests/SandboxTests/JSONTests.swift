import Testing
@testable import Sandbox

@Suite("Exact JSON")
struct JSONTests {
    @Test func numbersKeepTheirLiteralText() throws {
        let value = try JSONParser.parse(#"{"a": 150, "b": 150.0, "c": 0.1, "d": -2e3, "e": 0}"#)
        #expect(value["a"] == .number("150"))
        #expect(value["b"] == .number("150.0"))
        #expect(value["c"] == .number("0.1"))
        #expect(value["d"] == .number("-2e3"))
        #expect(value["a"]?.integerValue == 150)
        #expect(value["b"]?.integerValue == nil)
        #expect(value["d"]?.integerValue == nil)
    }

    @Test func stringsDecodeEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\/d\n", "\u00e9\ud83d\ude00", "日本"]"#)
        #expect(value.arrayValue == [.string("a\"b\\c/d\n"), .string("é😀"), .string("日本")])
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "1e", "\"abc", "[1] x", "{\"a\":tru}", "\"\\x\"",
        "\"\\ud83d\"", "\u{01}", "{'a':1}", "\"a\u{0A}b\"",
    ])
    func malformedTextIsRefused(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func writerKeepsOrderAndNumbersAndEscapes() throws {
        let object: JSONObject = ["z": .number("0.10"), "a": .string("q\"\n\u{01}"), "m": .array([.null, true, .int(Int64(7))])]
        let text = JSONWriter.string(.object(object))
        #expect(text == #"{"z":0.10,"a":"q\"\n\u0001","m":[null,true,7]}"#)
        #expect(try JSONParser.parse(text) == .object(object))
    }

    @Test func objectKeepsFirstPositionAndLastValueOfARepeatedKey() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value["a"] == .number("3"))
    }

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
}
