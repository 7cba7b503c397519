import Foundation
import Testing
import TillConfig
import TillCore

@Suite struct GatewayConfigTests {
    @Test func readsTakeMePayWithModeFromTheKeys() throws {
        let configuration = try decode(takemepayTest + "\nwebhook_secret = \"wesec_svgdAXDfRQqP830Q41GjHg\"")
        let gateway = try #require(configuration.gateway(.takemepay))
        #expect(!configuration.isDemo)
        #expect(gateway.enabled)
        #expect(gateway.mode == .test)
        #expect(gateway.baseURL.absoluteString == "https://api-stg.takemepay.com/v1")
        #expect(gateway.brands == [.wechatPay])
        #expect(gateway.webhookURL == nil)
        let keys = try #require(gateway.takemepay)
        #expect(keys.publicKey.reveal() == "pk_test_sDkS-Zn8sf8iv0HgW7S9HBLd1LRwk7aAQ9yWV")
        #expect(keys.secretKey?.reveal() == "sk_test_abcdefghijklmnopqrstuvwxyz9yWV")
        #expect(keys.webhookSecret?.reveal() == "wesec_svgdAXDfRQqP830Q41GjHg")
        #expect(configuration.entries.contains(
            EffectiveEntry(key: "gateways.takemepay.mode", shown: "\"test\"", origin: .derived("the key prefixes"))))
    }

    @Test func liveTakeMePayKeysUseTheLiveAddress() throws {
        let text = takemepayTest.replacingOccurrences(of: "_test_", with: "_live_")
        let gateway = try #require(try decode(text).gateway(.takemepay))
        #expect(gateway.mode == .live)
        #expect(gateway.baseURL.absoluteString == "https://api.takemepay.com/v1")
    }

    @Test func mixingATestAndALiveKeyIsAnError() throws {
        let text = takemepayTest.replacingOccurrences(of: "sk_test_", with: "sk_live_")
        let found = try #require(issue(text, key: "gateways.takemepay.secret_key"))
        #expect(found.line == 5)
        #expect(found.problem.contains("cannot be mixed"))
        #expect(found.fix.contains("pk_test_ with sk_test_"))
    }

    @Test func swappedOrUnprefixedKeysAreErrors() throws {
        let swapped = takemepayTest.replacingOccurrences(of: "secret_key = \"sk_", with: "secret_key = \"pk_")
        #expect(issue(swapped, key: "gateways.takemepay.secret_key")?.problem == "holds a public key (pk_...)")
        let bare = takemepayTest.replacingOccurrences(of: "public_key = \"pk_test_", with: "public_key = \"")
        #expect(issue(bare, key: "gateways.takemepay.public_key")?.problem == "does not start with pk_test_ or pk_live_")
    }

    @Test func takeMePayRefusesAModeKey() throws {
        let found = try #require(issue(takemepayTest + "\nmode = \"live\"", key: "gateways.takemepay.mode"))
        #expect(found.line == 6)
        #expect(found.fix == "remove mode")
    }

    @Test func missingKeysNameTheTableLineAndTheEnvironmentVariable() throws {
        let found = try #require(issue("[store]\ncurrency = \"JPY\"\n[gateways.takemepay]\npublic_key = \"pk_test_x\"",
                                       key: "gateways.takemepay.secret_key"))
        #expect(found.line == 3)
        #expect(found.problem == "is missing")
        #expect(found.fix.contains("$TILL_TAKEMEPAY_SECRET_KEY"))
    }

    @Test func readsTapIn() throws {
        let configuration = try decode("""
            [store]
            currency = "JPY"
            [gateways.tapin]
            mode = "live"
            vendor_id = 25467
            ss_code = "abcdef"
            webhook_url = "https://shop.example.com/hook"
            """)
        let gateway = try #require(configuration.gateway(.tapin))
        #expect(gateway.mode == .live)
        #expect(gateway.baseURL.absoluteString == "https://app.tapin.tech")
        #expect(gateway.webhookURL?.absoluteString == "https://shop.example.com/hook")
        #expect(gateway.brands == [.tapinLink])
        #expect(gateway.tapin == TapInCredentials(vendorID: 25467, ssCode: Secret("abcdef")))
    }

    @Test func tapInNeedsANumericVendorAndAWebhook() throws {
        let text = "[store]\ncurrency = \"JPY\"\n[gateways.tapin]\nvendor_id = \"25467\"\nss_code = \"x\""
        #expect(issue(text, key: "gateways.tapin.vendor_id")?.fix == "write vendor_id = 25467 (a number, no quotes)")
        #expect(issue(text, key: "gateways.tapin.webhook_url")?.problem == "is missing")
        #expect(issue(text + "\nmode = \"staging\"", key: "gateways.tapin.mode")?.problem == #""staging" is not a mode"#)
    }

    @Test func readsPomeloWithDefaults() throws {
        let configuration = try decode("""
            [store]
            currency = "GBP"
            [gateways.pomelo]
            api_key = "mysecretkey"
            client_id = 123456789
            """.replacingOccurrences(of: "GBP", with: "USD"))
        let gateway = try #require(configuration.gateway(.pomelo))
        #expect(gateway.mode == .live)
        #expect(gateway.baseURL.absoluteString == "https://api.pomelopay.com/public")
        #expect(gateway.brands == [.card])
        #expect(gateway.pomelo == PomeloCredentials(apiKey: Secret("mysecretkey"), clientID: "123456789", signMethod: .sha1))
    }

    @Test func pomeloChecksItsSignMethodAndTestsOnlyAgainstTheSandbox() throws {
        let text = "[store]\ncurrency = \"JPY\"\n[gateways.pomelo]\napi_key = \"k\"\nclient_id = \"c\"\n"
        #expect(try decode(text + "sign_method = \"md5\"").gateway(.pomelo)?.pomelo?.signMethod == .md5)
        #expect(issue(text + "sign_method = \"sha256\"", key: "gateways.pomelo.sign_method")?.line == 6)
        let testMode = try #require(issue(text + "mode = \"test\"", key: "gateways.pomelo.base_url"))
        #expect(testMode.problem == "is missing")
        #expect(testMode.fix.hasPrefix("Pomelo Pay has no test environment"))
        let sandbox = try decode(text + "mode = \"test\"\nbase_url = \"http://127.0.0.1:8080/pomelo\"").gateway(.pomelo)
        #expect(sandbox?.mode == .test)
        #expect(sandbox?.baseURL.absoluteString == "http://127.0.0.1:8080/pomelo")
        #expect(issue(text + "brands = [\"tapin\"]", key: "gateways.pomelo.brands")?.problem == #"Pomelo Pay does not offer "tapin""#)
    }

    @Test func readsMOTPWithServiceDefaults() throws {
        let configuration = try decode("""
            [store]
            currency = "JPY"
            [gateways.motp]
            base_url = "https://motp.example.com/"
            user = "shop"
            password = "pw"
            store_id = 109038
            """)
        let gateway = try #require(configuration.gateway(.motp))
        #expect(gateway.mode == .live)
        #expect(gateway.baseURL.absoluteString == "https://motp.example.com")
        #expect(gateway.brands == [.wechatPay, .alipay])
        #expect(gateway.motp == MOTPCredentials(user: "shop", password: Secret("pw"), storeID: "109038", nativeServiceID: 30, quickServiceID: 2))
    }

    @Test func motpNeedsABaseURLAndTakesNoWebhook() throws {
        let text = "[store]\ncurrency = \"JPY\"\n[gateways.motp]\nuser = \"u\"\npassword = \"p\"\nstore_id = \"1\"\n"
        #expect(issue(text, key: "gateways.motp.base_url")?.problem == "is missing")
        let webhook = issue(text + "base_url = \"https://m.example\"\nwebhook_url = \"https://x.example\"", key: "gateways.motp.webhook_url")
        #expect(webhook?.fix == "remove webhook_url")
        #expect(issue(text + "base_url = \"https://m.example\"\nquick_service_id = 0", key: "gateways.motp.quick_service_id")?.line == 8)
    }

    @Test func refusesUnknownGatewaysAndKeysWithSuggestions() throws {
        #expect(issue("[gateways.takemepai]", key: "gateways.takemepai")?.fix.hasPrefix("did you mean takemepay?") == true)
        let text = takemepayTest + "\nsecretkey = \"x\""
        #expect(issue(text, key: "gateways.takemepay.secretkey")?.fix.hasPrefix("did you mean secret_key?") == true)
    }

    @Test func checksBrands() throws {
        #expect(issue(takemepayTest + "\nbrands = [\"wechat\"]", key: "gateways.takemepay.brands")?.fix.hasPrefix("did you mean \"wechatpay\"?") == true)
        #expect(issue(takemepayTest + "\nbrands = []", key: "gateways.takemepay.brands")?.problem == "lists no brand")
        #expect(issue(takemepayTest + "\nbrands = [\"wechatpay\", \"wechatpay\"]", key: "gateways.takemepay.brands") != nil)
        #expect(issue(takemepayTest + "\nbrands = [1]", key: "gateways.takemepay.brands")?.problem == "is an array but must be an array of strings")
    }

    @Test func aDisabledIncompleteGatewayIsIgnoredWithANote() throws {
        let configuration = try decode(takemepayTest + "\n[gateways.motp]\nenabled = false\nuser = \"u\"")
        #expect(configuration.gateway(.motp) == nil)
        #expect(configuration.notes.contains("[gateways.motp] is disabled and incomplete, so it is ignored"))
        #expect(configuration.enabledGateways.map(\.id) == [.takemepay])
    }

    @Test func aDisabledCompleteGatewayIsKeptSwitchedOff() throws {
        let configuration = try decode(takemepayTest + "\nenabled = false")
        #expect(configuration.gateway(.takemepay)?.enabled == false)
        #expect(configuration.enabledGateways.isEmpty)
        #expect(!configuration.isDemo)
        #expect(configuration.notes.contains { $0.hasPrefix("every gateway is disabled") })
    }
}
