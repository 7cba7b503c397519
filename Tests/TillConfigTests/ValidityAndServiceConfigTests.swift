import Testing
import TillConfig
import TillCore

/// `refund_service_id` (MOTP), `limit_days` (TapIn), `expires_minutes` (Pomelo), and the one
/// currency TakeMe Pay takes.
@Suite struct ValidityAndServiceConfigTests {
    let motp = "[store]\ncurrency = \"USD\"\n[gateways.motp]\nbase_url = \"https://m.example\"\nuser = \"u\"\npassword = \"p\"\nstore_id = \"1\"\n"
    let tapIn = "[store]\ncurrency = \"USD\"\n[gateways.tapin]\nvendor_id = 25467\nss_code = \"x\"\nwebhook_url = \"https://s.example/h\"\n"
    let pomelo = "[store]\ncurrency = \"GBP\"\n[gateways.pomelo]\napi_key = \"k\"\nclient_id = \"c\"\n"

    @Test func motpRefundServiceIDDefaultsToThirtyAndIsConfigurable() throws {
        let defaults = try decode(motp)
        #expect(defaults.gateway(.motp)?.motp?.refundServiceID == 30)
        #expect(defaults.entries.contains { $0.key == "gateways.motp.refund_service_id" && $0.shown == "30" })
        #expect(try decode(motp + "refund_service_id = 2").gateway(.motp)?.motp?.refundServiceID == 2)
        let zero = try #require(issue(motp + "refund_service_id = 0", key: "gateways.motp.refund_service_id"))
        #expect(zero.line == 8)
        #expect(zero.problem == "must be a positive number")
    }

    /// Native Pay answers WeChat Pay codes: Alipay QR needs a service of its own, with no default.
    @Test func motpAlipayServiceIDHasNoDefaultAndWithoutItAlipayIsQuickPayOnly() throws {
        let without = try decode(motp)
        #expect(without.gateway(.motp)?.motp?.alipayServiceID == nil)
        #expect(without.gateway(.motp)?.brands == [.wechatPay, .alipay])
        #expect(without.notes.contains { $0.contains("offers Alipay by QuickPay only") && $0.contains("alipay_service_id") })
        let with = try decode(motp + "alipay_service_id = 31")
        #expect(with.gateway(.motp)?.motp?.alipayServiceID == 31)
        #expect(!with.notes.contains { $0.contains("alipay_service_id") })
        let zero = try #require(issue(motp + "alipay_service_id = 0", key: "gateways.motp.alipay_service_id"))
        #expect(zero.problem == "must be a positive number")
        #expect(zero.fix == "write the id your MOTP account gives")
    }

    @Test func tapInLimitDaysDefaultsToOneDay() throws {
        #expect(try decode(tapIn).gateway(.tapin)?.tapin?.limitDays == 1)
        #expect(try decode(tapIn + "limit_days = 3").gateway(.tapin)?.tapin?.limitDays == 3)
        let never = try #require(issue(tapIn + "limit_days = 0", key: "gateways.tapin.limit_days"))
        #expect(never.problem == "is 0: a TapIn link stays payable for 1 to 3650 days")
        #expect(never.fix == "write limit_days = 1, or a number from 1 to 3650")
        #expect(issue(tapIn + "limit_days = \"1\"", key: "gateways.tapin.limit_days")?.problem == "is a string but must be an integer")
    }

    @Test func pomeloExpiresMinutesIsAtLeastTheDocumentsHour() throws {
        #expect(try decode(pomelo).gateway(.pomelo)?.pomelo?.expiresMinutes == 60)
        #expect(try decode(pomelo + "expires_minutes = 240").gateway(.pomelo)?.pomelo?.expiresMinutes == 240)
        let short = try #require(issue(pomelo + "expires_minutes = 30", key: "gateways.pomelo.expires_minutes"))
        #expect(short.line == 6)
        #expect(short.problem == "is 30: Pomelo Pay takes a validity (expires) of at least 60 minutes")
    }

    @Test func pomeloBrandsAreKeptForTheSheet() throws {
        let configuration = try decode(pomelo + "brands = [\"wechatpay\", \"alipay\"]")
        #expect(configuration.gateway(.pomelo)?.brands == [.wechatPay, .alipay])
    }

    @Test func takeMePayInAStoreOfAnotherCurrencyNamesTheKeyToChange() throws {
        let text = takemepayTest.replacingOccurrences(of: "\"JPY\"", with: "\"USD\"")
        let found = try #require(issue(text, key: "store.currency"))
        #expect(found.line == 2)
        #expect(found.problem == "is USD, but TakeMe Pay takes only JPY and [gateways.takemepay] is enabled")
        #expect(found.fix == "write currency = \"JPY\" under [store], or enabled = false under [gateways.takemepay]")
        #expect(try decode(text + "\nenabled = false").gateway(.takemepay)?.enabled == false)
        #expect(try decode(takemepayTest).store.currency.code == "JPY")
    }

    /// No gateway table is demo mode: every brand, whatever the store's currency.
    @Test func demoModeInAnyCurrencyIsNotRefused() throws {
        let demo = try decode("[store]\ncurrency = \"USD\"\n")
        #expect(demo.isDemo)
        #expect(demo.store.currency.code == "USD")
    }

    @Test func theExampleShowsTheNewKeys() {
        for key in ["refund_service_id = 30", "limit_days = 1", "expires_minutes = 60"] {
            #expect(ExampleConfig.text.contains(key))
        }
    }
}
