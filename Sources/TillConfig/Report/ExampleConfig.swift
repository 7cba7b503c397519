import TillCore
/// The commented example file `till config example` prints (and the README shows). It is valid as
/// it stands: a test asserts so.
public enum ExampleConfig {
    public static let text = #"""
# Till configuration: $XDG_CONFIG_HOME/till/till.toml (or ~/.config/till/till.toml),
# or any file given with --config PATH. Check it with: till config check
# With no file at all Till runs in demo mode, every gateway on the built-in sandbox.
#
# Secrets may stay out of this file: TILL_<GATEWAY>_<KEY> in the environment wins over
# the file, e.g. TILL_TAKEMEPAY_SECRET_KEY, TILL_TAPIN_SS_CODE, TILL_POMELO_API_KEY,
# TILL_MOTP_PASSWORD.
# Amounts are strings ("500.00"), never floating point numbers.

[store]
name = "Corner Shop"
currency = "JPY"                  # ISO 4217; every sale is in this one currency
max_sale = "50000"                # the largest amount one sale may take; without it a default
                                  # of about 3,000-5,000 USD (JPY "500000", USD "5000.00")
receipt_header = "Corner Shop\nMain Street 1"
# A counter whose store server makes TakeMe Pay's secret-key calls (charges, refunds, lists):
# its [gateways.takemepay] then holds public_key only, no secret_key (till store serve --help).
# server = "https://store.example.com"   # the store server, behind the store's HTTPS proxy
# token = "..."                   # this counter's token (`till store token`), or TILL_STORE_TOKEN

# The store server only: the counters it makes those calls for, each with a token of its own.
# [store.lanes]
# counter-1 = "..."
# counter-2 = "..."

# Every gateway table takes: enabled (default true), base_url (default: the documented
# address for the mode), webhook_url (where the gateway calls back) and brands.
# A store runs one `till store serve --port 8088` behind its HTTPS proxy: point each gateway's
# webhook at https://STORE/webhooks/takemepay, /webhooks/tapin and /webhooks/pomelo.

[gateways.takemepay]
# Test or live comes from the key prefixes: pk_test_/sk_test_ or pk_live_/sk_live_.
# TakeMe Pay takes only JPY: [store] currency must be "JPY" while this table is enabled.
public_key = "pk_test_replace-with-your-public-key"
secret_key = "sk_test_replace-with-your-secret-key"
# webhook_secret = "wesec_..."    # the secret of your webhook: the store server verifies with it
webhook_url = "https://shop.example.com/webhooks/takemepay"
brands = ["wechatpay"]

[gateways.tapin]
mode = "test"                     # "test": demo.tapin.tech, "live": app.tapin.tech
vendor_id = 25467                 # a number, no quotes
ss_code = "replace-with-your-ss-code"
webhook_url = "https://shop.example.com/webhooks/tapin"   # required: TapIn calls back here
limit_days = 1                    # days a link stays payable (default 1; TapIn's own is 30)
brands = ["tapin"]

[gateways.pomelo]
# Pomelo Pay has only a production environment (https://api.pomelopay.com/public);
# mode = "test" needs base_url pointing at the local sandbox (till sandbox).
api_key = "replace-with-your-api-key"
client_id = "replace-with-your-client-id"
sign_method = "sha1"              # "sha1" (default) or "md5"
brands = ["card"]                 # "card", "wechatpay", "alipay": what your account offers;
                                  # the sheet shows these, each sent as the transaction's provider
expires_minutes = 60              # how long a QR stays payable (default 60, the minimum)
enabled = false                   # kept here, switched off

[gateways.motp]
mode = "live"
base_url = "https://motp.example.com"   # required: your merchant account's address
user = "shop-user"
password = "replace-with-your-password"
store_id = "109038"
native_service_id = 30            # default 30
# alipay_service_id = 31          # Native Pay of Alipay codes, if your account has one (no default)
quick_service_id = 2              # default 2
refund_service_id = 30            # default 30: the service_id refunds are sent with
brands = ["wechatpay", "alipay"]

[scanner]
gap_ms = 50                       # the largest gap between the keys of one barcode scan

[ui]
theme = "default"
# language = "ja"                 # "en", "ja" or "zh-Hans"; without it, the locale's (LC_ALL, LC_MESSAGES, LANG)

[journal]
# path = "~/.local/share/till/journal.sqlite"
# A store with several counters: every lane and the store server share one journal on PostgreSQL
# (then `path` is only where this counter keeps its local state). `till journal migrate` sets it up.
# url = "postgresql://till@db.shop.example:5432/till"   # ?sslmode=disable|prefer|require

# This counter's name in the store: on the key bar, on its sales, receipts and shifts; its X report
# is its own (`till report x`), `till report x --store` adds up every lane's.
# [lane]
# id = "counter-2"

# A receipt printer (ESC/POS). Without this table receipts are shown (`till receipt show N`), not printed.
# [printer]
# device = "/dev/usb/lp0"         # a USB printer, or:
# host = "192.168.1.50:9100"      # a network printer (raw port 9100)
# width = 58                      # paper width in mm: 58 or 80
# codepage = "shift_jis"          # "shift_jis" (Japanese), "gb18030" (Chinese) or "raster" (ASCII only)
# auto = true                     # print every sale's and refund's receipt at once

# The manager's PIN for refunds, paid-outs, reprints and closing with unresolved payments.
# Never written by hand: `till config set-pin` stores a salted hash here.
# [security]
# manager_pin = "sha256i$..."
"""#
}
