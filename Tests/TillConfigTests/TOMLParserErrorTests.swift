import Testing
@testable import TillConfig

@Suite struct TOMLParserErrorTests {
    func error(_ text: String, sensitive: Set<String> = []) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(text, sensitiveKeys: sensitive)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesFloatsAndSaysToWriteAString() throws {
        let found = try #require(error("[store]\nmax_sale = 100.5\n"))
        #expect(found.line == 2)
        #expect(found.key == "store.max_sale")
        #expect(found.message.contains("floating point"))
        #expect(found.hint == #"write it as a string, e.g. max_sale = "100.5""#)
    }

    @Test(arguments: ["1e5", "3.0", "inf", "-inf", "nan", "+1.5E-3"])
    func refusesEveryFloatSpelling(_ text: String) throws {
        let found = try #require(error("x = \(text)"))
        #expect(found.message.contains("floating point"))
    }

    @Test(arguments: ["1979-05-27", "07:32:00", "1979-05-27T07:32:00Z"])
    func refusesDatesAndTimes(_ text: String) throws {
        let found = try #require(error("\n\nwhen = \(text)"))
        #expect(found.line == 3)
        #expect(found.message.contains("dates and times"))
    }

    @Test func refusesMultiLineStrings() throws {
        #expect(error("a = 1\nb = \"\"\"x\"\"\"")?.line == 2)
        #expect(error("b = '''x'''")?.message.contains("multi-line") == true)
    }

    @Test func refusesArraysOfTables() throws {
        let found = try #require(error("\n[[gateways]]"))
        #expect(found.line == 2)
        #expect(found.message.contains("arrays of tables"))
    }

    @Test func refusesUnquotedTextAndSuggestsQuotes() throws {
        let found = try #require(error("currency = JPY"))
        #expect(found.key == "currency")
        #expect(found.message == "JPY is not a value Till can read")
        #expect(found.hint == #"write text in double quotes, e.g. currency = "JPY""#)
    }

    @Test func neverEchoesASensitiveValue() throws {
        let unquoted = try #require(error("[g]\nsecret_key = sk_test_TOPSECRET", sensitive: ["secret_key"]))
        #expect(!unquoted.description.contains("TOPSECRET"))
        #expect(unquoted.line == 2)
        let floaty = try #require(error("password = 1234.5678", sensitive: ["password"]))
        #expect(!floaty.description.contains("1234"))
    }

    @Test func namesTheLineOfDuplicateKeysAndTables() throws {
        let key = try #require(error("[store]\nname = \"a\"\nname = \"b\""))
        #expect(key.line == 3)
        #expect(key.key == "store.name")
        #expect(key.message.contains("first on line 2"))
        let table = try #require(error("[store]\n[ui]\n[store]"))
        #expect(table.line == 3)
        #expect(table.message.contains("first on line 1"))
    }

    @Test func refusesTurningAValueIntoATable() throws {
        #expect(error("store = 1\n[store]")?.line == 2)
        #expect(error("store = 1\nstore.name = \"x\"")?.line == 2)
    }

    @Test func reportsUnclosedStringsAndArrays() throws {
        #expect(error("a = 1\nname = \"Corner")?.message.contains("not closed") == true)
        #expect(error("name = 'Corner\n'")?.line == 1)
        let array = try #require(error("a = 1\nbrands = [\n \"x\",\n"))
        #expect(array.line == 2)
        #expect(array.message.contains("never closed"))
        #expect(error("brands = [\"a\" \"b\"]")?.message.contains("commas") == true)
    }

    @Test func reportsBadIntegers() throws {
        #expect(error("a = 012")?.message.contains("leading zero") == true)
        #expect(error("a = 1__0")?.message.contains("well-formed") == true)
        #expect(error("a = 1_")?.message.contains("well-formed") == true)
        #expect(error("a = 0xZZ")?.message.contains("well-formed") == true)
        #expect(error("a = 9223372036854775808")?.message.contains("too large") == true)
    }

    @Test func reportsKeysWithoutValuesAndStrayText() throws {
        #expect(error("a\n")?.message.contains("followed by =") == true)
        #expect(error("a =\n")?.message == "has no value")
        #expect(error("a = 1 2")?.message.contains("after the value") == true)
        #expect(error("[store] x")?.line == 1)
        #expect(error("[store")?.message.contains("end with ]") == true)
        #expect(error("= 1")?.message.contains("expected a key") == true)
    }

    @Test func reportsBadEscapesAndControlCharacters() throws {
        #expect(error(#"a = "\q""#)?.message.contains("not an escape") == true)
        #expect(error(#"a = "\u12""#)?.message.contains("hex digits") == true)
        #expect(error("a = \"x\u{01}\"")?.message.contains("control character") == true)
        #expect(error("a = 1\rb = 2")?.message.contains("carriage return") == true)
    }

    @Test func inlineTablesStayOnOneLine() throws {
        #expect(error("ui = { theme = \"a\"\n}")?.message.contains("one line") == true)
    }

    @Test func describesTheErrorWithLineKeyAndHint() {
        let described = TOMLError(line: 4, key: "store.max_sale", message: "is wrong", hint: "write this").description
        #expect(described == "line 4: store.max_sale: is wrong; write this")
    }
}
