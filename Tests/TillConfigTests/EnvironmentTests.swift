import TillCore
import Testing
import TillConfig

@Suite struct EnvironmentTests {
    @Test func theEnvironmentOverridesSecretsInTheFile() throws {
        let environment = ["TILL_TAKEMEPAY_SECRET_KEY": "sk_test_fromTheEnvironment1234"]
        let configuration = try decode(takemepayTest, environment: environment)
        #expect(configuration.gateway(.takemepay)?.takemepay?.secretKey?.reveal() == "sk_test_fromTheEnvironment1234")
        let entry = configuration.entries.first { $0.key == "gateways.takemepay.secret_key" }
        #expect(entry?.origin == .environment("TILL_TAKEMEPAY_SECRET_KEY"))
        #expect(entry?.shown == "\"sk_test_…1234\"")
    }

    @Test func theEnvironmentSuppliesSecretsTheFileLeavesOut() throws {
        let text = "[store]\ncurrency = \"JPY\"\n[gateways.motp]\nbase_url = \"https://m.example\"\nuser = \"u\"\nstore_id = \"1\""
        let configuration = try decode(text, environment: ["TILL_MOTP_PASSWORD": "from-env"])
        #expect(configuration.gateway(.motp)?.motp?.password.reveal() == "from-env")
    }

    @Test func anEmptyVariableDoesNotCount() throws {
        let configuration = try decode(takemepayTest, environment: ["TILL_TAKEMEPAY_SECRET_KEY": ""])
        #expect(configuration.gateway(.takemepay)?.takemepay?.secretKey?.reveal() == "sk_test_abcdefghijklmnopqrstuvwxyz9yWV")
    }

    @Test func aBadSecretFromTheEnvironmentNamesTheVariableNotItsValue() throws {
        let environment = ["TILL_TAKEMEPAY_SECRET_KEY": "sk_live_" + "LEAKEDLEAKEDLEAKED"]
        let found = try #require(issue(takemepayTest, key: "gateways.takemepay.secret_key", environment: environment))
        #expect(found.file == "environment variable TILL_TAKEMEPAY_SECRET_KEY")
        #expect(found.line == nil)
        #expect(found.problem.contains("cannot be mixed"))
        #expect(!found.description.contains("LEAKED"))
    }

    @Test func onlySecretsComeFromTheEnvironment() throws {
        let configuration = try decode(takemepayTest, environment: ["TILL_STORE_CURRENCY": "USD", "TILL_TAKEMEPAY_BASE_URL": "http://x"])
        #expect(configuration.store.currency.code == "JPY")
        #expect(configuration.gateway(.takemepay)?.baseURL.absoluteString == "https://api-stg.takemepay.com/v1")
    }

    @Test func aSecretForAnUnconfiguredGatewayIsNoted() throws {
        let configuration = try decode(takemepayTest, environment: ["TILL_TAPIN_SS_CODE": "x"])
        #expect(configuration.notes == ["$TILL_TAPIN_SS_CODE is set but the file has no [gateways.tapin] table, so it is not used"])
        #expect(configuration.gateway(.tapin) == nil)
    }
}
