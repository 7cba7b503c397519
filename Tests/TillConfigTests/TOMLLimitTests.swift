import Testing
@testable import TillConfig

/// Issue 15's reproducers for the TOML reader: every one is refused with a message naming the
/// limit and the line, instead of overflowing the stack or taking minutes. The inputs are as large
/// as the ones that crashed or hung Till, so a recursive or quadratic reader fails these tests.
@Suite struct TOMLLimitTests {
    func error(_ text: String, limits: TOMLLimits = .standard) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// Long lines allowed, so that the depth limit itself is what stops these.
    let longLines = TOMLLimits(maximumBytes: 4 << 20, maximumLineLength: 4 << 20)

    @Test func theIssuesReproducersAreRefusedByTheLineLimitFirst() throws {
        let header = try #require(error("[" + String(repeating: "a.", count: 50_000) + "b]\n"))
        #expect(header.line == 1)
        #expect(header.message == "the line is longer than the limit of 65536 characters")
        let arrays = try #require(error("x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)))
        #expect(arrays.message == "the line is longer than the limit of 65536 characters")
    }

    @Test func aTableHeaderFiftyThousandPartsDeepIsRefused() throws {
        let text = "[" + String(repeating: "a.", count: 50_000) + "b]\n"
        let found = try #require(error(text, limits: longLines))
        #expect(found.line == 1)
        #expect(found.message == "a key or table name has more than 64 dotted parts")
    }

    @Test func aDottedKeyFiftyThousandPartsDeepIsRefused() throws {
        let text = "[store]\n" + String(repeating: "a.", count: 50_000) + "b = 1\n"
        let found = try #require(error(text, limits: longLines))
        #expect(found.line == 2)
        #expect(found.message.contains("more than 64 dotted parts"))
    }

    @Test func aKeyDeepOnlyWithItsTableIsRefused() throws {
        let header = "[" + Array(repeating: "t", count: 40).joined(separator: ".") + "]\n"
        let key = Array(repeating: "k", count: 30).joined(separator: ".") + " = 1\n"
        #expect(error(header + key)?.message.contains("more than 64 dotted parts") == true)
        #expect(error(header + "k = 1\n") == nil)
    }

    @Test func aHundredThousandNestedArraysAreRefused() throws {
        let text = "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let found = try #require(error(text, limits: longLines))
        #expect(found.line == 1)
        #expect(found.key == "x")
        #expect(found.message == "arrays and inline tables are nested more than 64 deep")
    }

    @Test func aHundredThousandNestedInlineTablesAreRefused() throws {
        let text = "\nx = " + String(repeating: "{ a = ", count: 100_000) + "1" + String(repeating: " }", count: 100_000)
        let found = try #require(error(text, limits: longLines))
        #expect(found.line == 2)
        #expect(found.message.contains("nested more than 64 deep"))
    }

    @Test func deepNestingWithinTheLineLimitIsRefusedByDepth() throws {
        let text = "x = " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000)
        #expect(error(text)?.message == "arrays and inline tables are nested more than 64 deep")
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let text = "x = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        #expect(error(text) == nil)
        let deeper = "x = " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "\n"
        #expect(error(deeper) != nil)
    }

    @Test func aFileOverOneMebibyteIsRefusedBeforeParsing() throws {
        let text = "# " + String(repeating: "x", count: 60_000) + "\n"
        let found = try #require(error(String(repeating: text, count: 20)))
        #expect(found.line == 1)
        #expect(found.message.contains("more than the limit of 1 MiB"))
    }

    @Test func aLineOverTheLimitIsRefusedWithItsNumber() throws {
        let text = "a = 1\nb = 2\n# " + String(repeating: "x", count: 70_000) + "\n"
        let found = try #require(error(text))
        #expect(found.line == 3)
        #expect(found.message == "the line is longer than the limit of 65536 characters")
    }

    @Test func aStringOverTheValueLimitIsRefused() throws {
        let long = String(repeating: "é", count: 16_385)
        let found = try #require(error("[store]\nname = \"\(long)\"\n"))
        #expect(found.line == 2)
        #expect(found.key == "store.name")
        #expect(found.message == "the text is longer than the limit of 16384 characters")
        #expect(error("name = '\(long)'")?.message.contains("16384") == true)
        #expect(error("name = \"\(long.dropLast())\"") == nil)
        #expect(error("\(String(repeating: "k", count: 16_385)) = 1")?.message.contains("16384") == true)
    }

    @Test func moreThanAThousandTablesAreRefused() throws {
        let text = (0..<1_001).map { "[t\($0)]\n" }.joined()
        let found = try #require(error(text))
        #expect(found.line == 1_001)
        #expect(found.message == "the file has more than 1000 tables")
        #expect(error((0..<1_000).map { "[t\($0)]\n" }.joined()) == nil)
    }

    @Test func inlineTablesCountAsTables() throws {
        let text = "x = [" + Array(repeating: "{}", count: 1_001).joined(separator: ", ") + "]"
        #expect(error(text)?.message == "the file has more than 1000 tables")
    }

    /// 10,000 tables took 5 s and 20,000 took 22 s: each header copied the parent table. With
    /// 50,000 tables under one parent, a quadratic reader would need minutes here.
    @Test func fiftyThousandTablesUnderOneParentAreReadInLinearTime() throws {
        let count = 50_000
        let text = (0..<count).map { "[gateways.t\($0)]\nkey = \($0)\n" }.joined()
        let limits = TOMLLimits(maximumBytes: 4 << 20, maximumTables: count)
        let root = try TOMLParser.parse(text, limits: limits)
        let gateways = try #require(root["gateways"]?.tableValue)
        #expect(gateways.keys.count == count)
        #expect(gateways["t49999"]?.tableValue?["key"]?.integerValue == 49_999)
        #expect(gateways["t7"]?.line == 15)
    }

    @Test func fiftyThousandDottedKeysInOneTableAreReadInLinearTime() throws {
        let count = 50_000
        let text = "[store]\n" + (0..<count).map { "sub.k\($0) = \($0)\n" }.joined()
        let limits = TOMLLimits(maximumBytes: 4 << 20)
        let root = try TOMLParser.parse(text, limits: limits)
        #expect(root["store"]?.tableValue?["sub"]?.tableValue?.keys.count == count)
    }

    @Test func aLongBareWordIsCutInTheMessage() throws {
        let found = try #require(error("x = " + String(repeating: "z", count: 10_000)))
        #expect(found.message.count < 100)
        #expect(found.message.hasPrefix(String(repeating: "z", count: 39) + "…"))
    }

    @Test func tablesStillRefuseBeingDefinedTwiceAfterTheRewrite() throws {
        #expect(error("[a.b]\nx = 1\n[a]\ny = 2\n[a.b]\n")?.message == "table [a.b] is defined twice (first on line 1)")
        #expect(error("[a]\nb = 1\n[a.b]\n")?.message.contains("already has a value on line 2") == true)
        #expect(error("a = 1\na.b = 2\n")?.message.contains("already has a value on line 1") == true)
        let root = try TOMLParser.parse("[a.b]\nx = 1\n[a]\ny = 2\n[a.c]\nz = 3\n")
        #expect(root["a"]?.tableValue?.keys == ["b", "y", "c"])
        #expect(root["a"]?.line == 3)
    }
}
