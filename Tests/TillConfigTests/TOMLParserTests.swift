import Testing
@testable import TillConfig

@Suite struct TOMLParserTests {
    func parse(_ text: String) throws -> TOMLTable { try TOMLParser.parse(text) }

    @Test func readsEveryScalarKindWithItsLine() throws {
        let root = try parse("""
            # a comment
            name = "Corner Shop"   # trailing comment
            code = 'C:\\no\\escapes'
            count = 1_000
            negative = -42
            hex = 0xFF
            octal = 0o17
            binary = 0b101
            on = true
            off = false
            """)
        #expect(root["name"] == TOMLValue(.string("Corner Shop"), line: 2))
        #expect(root["code"]?.stringValue == "C:\\no\\escapes")
        #expect(root["count"] == TOMLValue(.integer(1000), line: 4))
        #expect(root["negative"]?.integerValue == -42)
        #expect(root["hex"]?.integerValue == 255)
        #expect(root["octal"]?.integerValue == 15)
        #expect(root["binary"]?.integerValue == 5)
        #expect(root["on"]?.booleanValue == true)
        #expect(root["off"] == TOMLValue(.boolean(false), line: 10))
        #expect(root.keys == ["name", "code", "count", "negative", "hex", "octal", "binary", "on", "off"])
    }

    @Test func decodesBasicStringEscapes() throws {
        let root = try parse(#"text = "a\"b\\c\nd\te\u00E9\U0001F600""#)
        #expect(root["text"]?.stringValue == "a\"b\\c\nd\te\u{E9}\u{1F600}")
    }

    @Test func readsHeadersAndNestedTables() throws {
        let root = try parse("""
            [store]
            name = "A"

            [gateways.takemepay]
            enabled = true
            [gateways.tapin]
            vendor_id = 1
            """)
        let gateways = try #require(root["gateways"]?.tableValue)
        #expect(gateways.keys == ["takemepay", "tapin"])
        #expect(gateways["takemepay"]?.tableValue?.line == 4)
        #expect(gateways["tapin"]?.tableValue?["vendor_id"] == TOMLValue(.integer(1), line: 7))
        #expect(root["store"]?.tableValue?["name"]?.stringValue == "A")
    }

    @Test func readsQuotedAndDottedKeys() throws {
        let root = try parse("""
            "quoted key" = 1
            'literal key' = 2
            store.name = "dotted"
            """)
        #expect(root["quoted key"]?.integerValue == 1)
        #expect(root["literal key"]?.integerValue == 2)
        #expect(root["store"]?.tableValue?["name"]?.stringValue == "dotted")
    }

    @Test func readsArraysAcrossLinesWithCommentsAndTrailingComma() throws {
        let root = try parse("""
            brands = [
              "wechatpay", # first
              "alipay",
            ]
            ids = [1, 2, 3]
            empty = []
            after = 1
            """)
        let brands = try #require(root["brands"]?.arrayValue)
        #expect(brands.map(\.stringValue) == ["wechatpay", "alipay"])
        #expect(brands.map(\.line) == [2, 3])
        #expect(root["brands"]?.line == 1)
        #expect(root["ids"]?.arrayValue?.compactMap(\.integerValue) == [1, 2, 3])
        #expect(root["empty"]?.arrayValue?.isEmpty == true)
        #expect(root["after"]?.line == 7)
    }

    @Test func readsInlineTables() throws {
        let root = try parse(#"ui = { theme = "dark", size.rows = 24 }"#)
        let ui = try #require(root["ui"]?.tableValue)
        #expect(ui["theme"]?.stringValue == "dark")
        #expect(ui["size"]?.tableValue?["rows"]?.integerValue == 24)
    }

    @Test func acceptsCRLFAndByteOrderMark() throws {
        let root = try parse("\u{FEFF}a = 1\r\nb = \"x\"\r\n")
        #expect(root["a"]?.integerValue == 1)
        #expect(root["b"] == TOMLValue(.string("x"), line: 2))
    }

    @Test func anImplicitTableMayBeDefinedLater() throws {
        let root = try parse("""
            [gateways.motp]
            user = "u"
            [gateways]
            """)
        #expect(root["gateways"]?.tableValue?.line == 3)
        #expect(root["gateways"]?.tableValue?["motp"]?.tableValue?["user"]?.stringValue == "u")
    }

    @Test func readsLargestAndSmallestIntegers() throws {
        let root = try parse("max = 9_223_372_036_854_775_807\nmin = -9223372036854775808")
        #expect(root["max"]?.integerValue == Int64.max)
        #expect(root["min"]?.integerValue == Int64.min)
    }
}
