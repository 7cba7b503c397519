import Testing
import TillConfig

@Suite struct URLAndModeTests {
    let liveKeys = takemepayTest.replacingOccurrences(of: "_test_", with: "_live_")

    @Test func aLiveKeyOverPlainHTTPIsAnError() throws {
        for host in ["http://api.takemepay.com/v1", "http://127.0.0.1:8080/v1"] {
            let found = try #require(issue(liveKeys + "\nbase_url = \"\(host)\"", key: "gateways.takemepay.base_url"))
            #expect(found.line == 6)
            #expect(found.problem.contains("live account over plain http://"))
            #expect(found.fix.contains("https://"))
        }
    }

    @Test(arguments: ["http://127.0.0.1:8080/v1", "http://localhost:9000", "http://[::1]:8080"])
    func testModeMayUsePlainHTTPToThisMachine(_ url: String) throws {
        let gateway = try decode(takemepayTest + "\nbase_url = \"\(url)\"").gateway(.takemepay)
        #expect(gateway?.baseURL.absoluteString == url)
    }

    @Test func testModeRefusesPlainHTTPElsewhere() throws {
        let found = issue(takemepayTest + "\nbase_url = \"http://sandbox.example.com\"", key: "gateways.takemepay.base_url")
        #expect(found?.problem.contains("only to this machine") == true)
    }

    @Test func aLiveWebhookMustBeHTTPS() throws {
        let text = "[store]\ncurrency = \"JPY\"\n[gateways.tapin]\nmode = \"live\"\nvendor_id = 1\nss_code = \"s\"\nwebhook_url = \"http://127.0.0.1/hook\""
        #expect(issue(text, key: "gateways.tapin.webhook_url")?.line == 7)
        let test = text.replacingOccurrences(of: "\"live\"", with: "\"test\"")
        #expect(try decode(test).gateway(.tapin)?.webhookURL?.absoluteString == "http://127.0.0.1/hook")
    }

    @Test(arguments: ["api.example.com", "ftp://api.example.com", "https://", "not a url"])
    func refusesWhatIsNotAnAbsoluteHTTPSURL(_ url: String) throws {
        let found = issue(takemepayTest + "\nbase_url = \"\(url)\"", key: "gateways.takemepay.base_url")
        #expect(found?.problem == "is not an absolute https:// URL")
    }

    @Test func refusesCredentialsInAURL() throws {
        let found = try #require(issue(takemepayTest + "\nbase_url = \"https://me:hunter2@api.example.com\"",
                                       key: "gateways.takemepay.base_url"))
        #expect(!found.description.contains("hunter2"))
    }

    @Test func tapInDefaultsToTestAndMOTPToLive() throws {
        let tapin = try decode("[store]\ncurrency = \"JPY\"\n[gateways.tapin]\nvendor_id = 1\nss_code = \"s\"\nwebhook_url = \"https://h.example\"")
        #expect(tapin.gateway(.tapin)?.mode == .test)
        #expect(tapin.gateway(.tapin)?.baseURL.absoluteString == "https://demo.tapin.tech")
        let motp = "[store]\ncurrency = \"JPY\"\n[gateways.motp]\nbase_url = \"http://127.0.0.1:1\"\nuser = \"u\"\npassword = \"p\"\nstore_id = \"1\""
        #expect(issue(motp, key: "gateways.motp.base_url")?.problem.contains("live account") == true)
        #expect(try decode(motp + "\nmode = \"test\"").gateway(.motp)?.mode == .test)
    }
}
