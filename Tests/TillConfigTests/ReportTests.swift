import TillCore
import Testing
import TillConfig

@Suite struct ReportTests {
    /// The example with its placeholder secrets filled in.
    static var filledExample: String {
        ExampleConfig.text.replacingOccurrences(of: "replace-with-your-password", with: "PASSWORDPASSWORD")
            .replacingOccurrences(of: "replace-with-your-public-key", with: "PUBLICPUBLICPUBLIC")
            .replacingOccurrences(of: "replace-with-your-secret-key", with: "SECRETSECRETSECRET")
            .replacingOccurrences(of: "replace-with-your-ss-code", with: "SSCODESSCODESSCODE")
            .replacingOccurrences(of: "replace-with-your-api-key", with: "APIKEYAPIKEYAPIKEY")
    }

    @Test func theExampleFileIsValidOnceItsPlaceholderSecretsAreFilledIn() throws {
        #expect(issues(ExampleConfig.text).filter { $0.problem == "is still a placeholder, not a credential" }.count == 5)
        let configuration = try decode(Self.filledExample)
        #expect(configuration.gateways.map(\.id) == [.takemepay, .tapin, .pomelo, .motp])
        #expect(configuration.enabledGateways.map(\.id) == [.takemepay, .tapin, .motp])
        #expect(configuration.store.currency.code == "JPY")
    }

    @Test func theReportNeverShowsASecret() throws {
        let environment = ["TILL_MOTP_PASSWORD": "ENVPASSWORDENVPASSWORD"]
        let text = ExampleConfig.text
            .replacingOccurrences(of: "replace-with-your-public-key", with: "PUBLICPUBLICPUBLIC")
            .replacingOccurrences(of: "replace-with-your-secret-key", with: "SECRETSECRETSECRET")
            .replacingOccurrences(of: "replace-with-your-ss-code", with: "SSCODESSCODESSCODE")
            .replacingOccurrences(of: "replace-with-your-api-key", with: "APIKEYAPIKEYAPIKEY")
        let report = ConfigReport.render(try decode(text, environment: environment))
        for secret in ["PUBLICPUBLIC", "SECRETSECRET", "SSCODESSCODE", "APIKEYAPIKEY", "ENVPASSWORD", "replace-with-your-password"] {
            #expect(!report.contains(secret), "\(secret) leaked")
        }
        #expect(report.contains(#"gateways.takemepay.secret_key = "sk_test_…CRET""#))
        #expect(report.contains("$TILL_MOTP_PASSWORD"))
    }

    @Test func theReportShowsEveryValueWithItsOrigin() throws {
        let report = ConfigReport.render(try decode(takemepayTest))
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.first == "Configuration: till.toml")
        #expect(lines.contains { $0.hasPrefix(#"  store.currency = "JPY""#) && $0.hasSuffix("# till.toml:2") })
        #expect(lines.contains { $0.hasPrefix(#"  store.name = "Till demo shop""#) && $0.hasSuffix("# default") })
        #expect(lines.contains { $0.contains("gateways.takemepay.base_url") && $0.hasSuffix("# from the test mode") })
        #expect(lines.last == "Valid. Store: Till demo shop, JPY. Gateways enabled: takemepay (test).")
    }

    @Test func theReportKeepsEachValueOnOneLine() throws {
        let report = ConfigReport.render(try decode("[store]\nreceipt_header = \"a\\nb\\\"c\""))
        #expect(report.contains(#"store.receipt_header = "a\nb\"c""#))
    }

    @Test func theReportSaysDemoMode() throws {
        #expect(ConfigReport.render(try decode("")).contains("demo mode"))
        #expect(ConfigReport.demoMode(path: "/p/till.toml").hasPrefix("No configuration file at /p/till.toml: Till runs in demo mode"))
    }

    @Test func issuesReadAsFileLineKeyProblemFix() {
        let issue = ConfigIssue(file: "till.toml", line: 3, key: "store.max_sale", problem: "is wrong", fix: "write this")
        #expect(issue.description == "till.toml:3: store.max_sale: is wrong; write this")
        let whole = ConfigIssue(file: "till.toml", line: nil, key: nil, problem: "there is no such file", fix: "create it")
        #expect(whole.description == "till.toml: there is no such file; create it")
    }
}
