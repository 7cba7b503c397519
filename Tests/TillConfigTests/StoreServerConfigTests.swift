import Foundation
import Testing
import TillConfig
import TillCore

/// `[store] server` and `token` (a lane without TakeMe Pay's secret key) and `[store.lanes]` (the store
/// server's list of lanes and their tokens): strict, secrets masked, never echoed.
@Suite struct StoreServerConfigTests {
    static let token = "lane-token-0123456789abcdef0123456789abcdef"
    static let otherToken = "lane-token-fedcba9876543210fedcba9876543210"

    /// A lane: the public key only, and its store server.
    static let lane = """
        [store]
        currency = "JPY"
        server = "https://store.example.com"
        token = "\(token)"
        [gateways.takemepay]
        public_key = "pk_test_sDkS-Zn8sf8iv0HgW7S9HBLd1LRwk7aAQ9yWV"
        """

    /// The store server: both keys, and its lanes.
    static let server = takemepayTest + """

        [store.lanes]
        counter-1 = "\(token)"
        counter-2 = "\(otherToken)"
        """

    @Test func aLaneHoldsThePublicKeyAndItsStoreServerButNoSecretKey() throws {
        let configuration = try decode(Self.lane)
        let keys = try #require(configuration.gateway(.takemepay)?.takemepay)
        #expect(keys.secretKey == nil)
        #expect(configuration.gateway(.takemepay)?.mode == .test)
        #expect(configuration.store.server == StoreServerLink(url: URL(string: "https://store.example.com")!, token: Secret(Self.token)))
        let report = ConfigReport.render(configuration)
        #expect(!report.contains(Self.token), "the token is masked")
        #expect(report.contains("store.token = \"…cdef\""))
    }

    @Test func theTokenMayComeFromTheEnvironment() throws {
        let text = Self.lane.replacingOccurrences(of: "token = \"\(Self.token)\"\n", with: "")
        let configuration = try decode(text, environment: ["TILL_STORE_TOKEN": Self.otherToken])
        #expect(configuration.store.server?.token.reveal() == Self.otherToken)
        #expect(issue(text, key: "store.token")?.fix.contains("$TILL_STORE_TOKEN") == true)
    }

    @Test func aSecretKeyOnALaneIsRefusedWithoutEchoingIt() throws {
        let written = Self.lane + "\nsecret_key = \"sk_test_abcdefghijklmnopqrstuvwxyz9yWV\""
        let found = try #require(issue(written, key: "gateways.takemepay.secret_key"))
        #expect(found.line == 7)
        #expect(found.problem.contains("must stay off the counter"))
        #expect(found.fix.contains("remove secret_key") && found.fix.contains("$TILL_TAKEMEPAY_SECRET_KEY"))
        #expect(!found.description.contains("abcdefghijklmnop"))
        let fromEnvironment = issue(Self.lane, key: "gateways.takemepay.secret_key", environment: ["TILL_TAKEMEPAY_SECRET_KEY": "sk_test_x"])
        #expect(fromEnvironment?.file == "environment variable TILL_TAKEMEPAY_SECRET_KEY")
    }

    @Test func withoutAStoreServerTheSecretKeyIsStillRequired() {
        let text = Self.lane.replacingOccurrences(of: "server = \"https://store.example.com\"\ntoken = \"\(Self.token)\"\n", with: "")
        #expect(issue(text, key: "gateways.takemepay.secret_key")?.problem == "is missing")
    }

    @Test(arguments: [
        ("server = \"https://store.example.com\"\ntoken = \"\(token)\"\n", "server = \"https://store.example.com\"\n", "store.token", "is missing"),
        ("server = \"https://store.example.com\"\n", "", "store.token", "is a lane's token but [store] names no server"),
        ("token = \"\(token)\"", "token = \"short\"", "store.token", "is not a token Till accepts"),
        ("token = \"\(token)\"", "token = \"\(token) with spaces\"", "store.token", "is not a token Till accepts"),
        ("https://store.example.com", "http://store.example.com", "store.server", "plain http:// is allowed only"),
        ("https://store.example.com", "store.example.com", "store.server", "is not an absolute https:// URL"),
    ])
    func aBadLinkIsExplained(_ original: String, _ replacement: String, _ key: String, _ problem: String) throws {
        let text = Self.lane.replacingOccurrences(of: original, with: replacement)
        let found = try #require(issue(text, key: key), "\(issues(text))")
        #expect(found.problem.hasPrefix(problem), "\(found.problem)")
        #expect(!found.description.contains("short") && !found.description.contains(Self.token))
    }

    @Test func aStoreServerListsItsLanesMasked() throws {
        let configuration = try decode(Self.server)
        #expect(configuration.store.lanes == [
            LaneToken(lane: "counter-1", token: Secret(Self.token)), LaneToken(lane: "counter-2", token: Secret(Self.otherToken)),
        ])
        let report = ConfigReport.render(configuration)
        #expect(!report.contains(Self.token) && !report.contains(Self.otherToken))
        #expect(report.contains("store.lanes.counter-1 = \"…cdef\""))
    }

    @Test func badLanesAreExplainedWithoutTheirTokens() throws {
        let reused = Self.server.replacingOccurrences(of: Self.otherToken, with: Self.token)
        #expect(issue(reused, key: "store.lanes.counter-2")?.problem == "has the same token as lane counter-1")
        let short = Self.server.replacingOccurrences(of: Self.otherToken, with: "abc")
        #expect(issue(short, key: "store.lanes.counter-2")?.problem.hasPrefix("is not a token Till accepts") == true)
        let badName = Self.server.replacingOccurrences(of: "counter-2", with: "\"counter 2\"")
        #expect(issue(badName, key: "store.lanes.counter 2")?.problem == "is not a lane name")
        let noKey = "[store]\ncurrency = \"JPY\"\n[store.lanes]\ncounter-1 = \"\(Self.token)\"\n"
        #expect(issue(noKey, key: "store.lanes")?.problem.contains("no [gateways.takemepay] secret_key") == true)
        let both = Self.lane + "\n[store.lanes]\ncounter-1 = \"\(Self.otherToken)\"\n"
        #expect(issue(both, key: "store.lanes")?.problem.contains("names a store server") == true)
        for text in [reused, short, badName, noKey, both] {
            for found in issues(text) { #expect(!found.description.contains(Self.token) && !found.description.contains(Self.otherToken)) }
        }
    }

    /// A TOML mistake in a token's line never shows the token: `[store.lanes]` is secret as a whole.
    @Test func aSyntaxErrorInALaneTokenDoesNotEchoIt() {
        let text = "[store]\ncurrency = \"JPY\"\n[store.lanes]\ncounter-1 = \(Self.token)\n"
        let found = issues(text)
        #expect(found.count == 1)
        #expect(!(found.first?.description.contains("lane-token") ?? true), "\(found)")
    }

    @Test func theExampleShowsHowToSetItUpAndStaysValid() {
        #expect(ExampleConfig.text.contains("# server = \"https://store.example.com\""))
        #expect(ExampleConfig.text.contains("# [store.lanes]"))
    }
}
