import Foundation
import Testing
import TillTesting

/// Runs the built `till` binary on real files and checks its output and exit status.
@Suite struct ConfigCommandTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "till-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func till(_ arguments: [String], environment extra: [String: String] = [:]) throws -> TillBinary.Result {
        try TillBinary.run(arguments, environment: ["XDG_CONFIG_HOME": directory + "/xdg"].merging(extra) { $1 })
    }

    func write(_ text: String, _ name: String = "till.toml") throws -> String {
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let valid = """
        [store]
        name = "Corner Shop"
        currency = "JPY"
        [gateways.takemepay]
        public_key = "pk_test_PUBLICPUBLICPUBLIC1111"
        secret_key = "sk_test_SECRETSECRETSECRET9yWV"
        """

    @Test func checkPrintsAValidFileWithSecretsMasked() throws {
        let path = try write(Self.valid)
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains(#"gateways.takemepay.secret_key = "sk_test_…9yWV""#))
        #expect(run.stdout.contains("# \(path):6"))
        #expect(!run.stdout.contains("SECRETSECRET"))
        #expect(!run.stdout.contains("PUBLICPUBLIC"))
        #expect(run.stdout.contains("Gateways enabled: takemepay (test)."))
    }

    @Test func checkListsEveryErrorOnStandardErrorAndExitsTwo() throws {
        let path = try write(Self.valid.replacingOccurrences(of: "sk_test_", with: "sk_live_") + "\nbrand = [\"wechatpay\"]")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(path):6: gateways.takemepay.secret_key: is a live key (sk_live_) but public_key is a test key"))
        #expect(run.stderr.contains("\(path):7: gateways.takemepay.brand: unknown key; did you mean brands?"))
        #expect(run.stderr.hasSuffix("2 problems in the configuration.\n"))
        #expect(!run.stderr.contains("SECRETSECRET"))
    }

    @Test func checkRefusesAFloatAmountNamingTheLine() throws {
        let path = try write("[store]\ncurrency = \"JPY\"\nmax_sale = 100.5\n")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path):3: store.max_sale: 100.5 is a floating point number"))
        #expect(run.stderr.contains(#"max_sale = "100.5""#))
    }

    @Test func checkWithoutAFileSaysDemoMode() throws {
        let run = try till(["config", "check"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("No configuration file at \(directory)/xdg/till/till.toml: Till runs in demo mode"))
        #expect(try till(["config"]).stdout == run.stdout)
    }

    @Test func checkOfAMissingExplicitFileFails() throws {
        let run = try till(["config", "check", "--config", directory + "/missing.toml"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(directory)/missing.toml: there is no such file"))
    }

    @Test func theEnvironmentOverridesASecretButNeverShowsIt() throws {
        let path = try write(Self.valid)
        let run = try till(["config", "check", "--config", path], environment: ["TILL_TAKEMEPAY_SECRET_KEY": "sk_test_FROMENVFROMENV4242"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"secret_key = "sk_test_…4242""#))
        #expect(run.stdout.contains("$TILL_TAKEMEPAY_SECRET_KEY"))
        #expect(!run.stdout.contains("FROMENV"))
    }

    @Test func pathPrintsTheFileUsed() throws {
        #expect(try till(["config", "path"]).stdout == "\(directory)/xdg/till/till.toml\n")
        #expect(try till(["config", "path", "--config", "/etc/till.toml"]).stdout == "/etc/till.toml\n")
    }

    /// The example's placeholder secrets are each named in one run; filled in, the example is clean.
    @Test func theExampleNamesEveryPlaceholderSecretThenChecksCleanOnceFilled() throws {
        let example = try till(["config", "example"])
        #expect(example.status == 0)
        #expect(example.stdout.contains("[gateways.motp]"))
        let path = try write(example.stdout, "example.toml")
        let run = try till(["config", "check", "--config", path])
        #expect(run.status == 2)
        let placeholders = run.stderr.split(separator: "\n").filter { $0.contains("is still a placeholder, not a credential") }
        #expect(placeholders.map { $0.split(separator: ":")[2].trimmingCharacters(in: .whitespaces) } == [
            "gateways.takemepay.public_key", "gateways.takemepay.secret_key", "gateways.tapin.ss_code",
            "gateways.pomelo.api_key", "gateways.motp.password",
        ])
        #expect(run.stderr.contains("5 problems in the configuration."))
        var filled = example.stdout
        for (placeholder, value) in [
            ("replace-with-your-public-key", "live1a2b3c"), ("replace-with-your-secret-key", "live4d5e6f"),
            ("replace-with-your-ss-code", "ss7g8h9i"), ("replace-with-your-api-key", "key0j1k2l"), ("replace-with-your-password", "pw3m4n5o"),
        ] {
            filled = filled.replacingOccurrences(of: placeholder, with: value)
        }
        let clean = try till(["config", "check", "--config", try write(filled, "filled.toml")])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("Gateways enabled: takemepay (test), tapin (test), motp (live). Disabled: pomelo."))
    }
}
