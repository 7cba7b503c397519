import Testing
@testable import TillConfig

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("name", "name", 0), ("nmae", "name", 1), ("secretkey", "secret_key", 1), ("", "abc", 3),
        ("kitten", "sitting", 3), ("gap", "gap_ms", 3),
    ])
    func measures(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
        #expect(EditDistance.distance(b, a) == expected)
    }

    @Test func suggestsOnlyWhatIsClose() {
        #expect(EditDistance.suggestion(for: "Currency", among: ["name", "currency"]) == "currency")
        #expect(EditDistance.suggestion(for: "gap", among: ["gap_ms"]) == "gap_ms")
        #expect(EditDistance.suggestion(for: "colour", among: ["theme"]) == nil)
        #expect(EditDistance.suggestion(for: "x", among: []) == nil)
    }

    @Test func quotedHeadersNameTheSameTable() throws {
        let root = try TOMLParser.parse("[gateways.\"takemepay\"]\nenabled = false")
        #expect(root["gateways"]?.tableValue?["takemepay"]?.tableValue?["enabled"]?.booleanValue == false)
    }
}
