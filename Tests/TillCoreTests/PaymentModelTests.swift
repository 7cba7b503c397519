import Testing
import TillCore

@Suite("Payment model")
struct PaymentModelTests {
    @Test("buyer codes name their brand by prefix and length", arguments: [
        ("134567890123456789", Brand.wechatPay),  // 18 digits, 13
        ("104567890123456789", .wechatPay),
        ("154567890123456789", .wechatPay),
        ("2845678901234567", .alipay),  // 16 digits, 28
        ("250000000000000000000000", .alipay),  // 24 digits
        ("300000000000000000", .alipay),
    ])
    func brandFromCode(code: String, brand: Brand) {
        #expect(Brand.forBuyerCode(code) == brand)
    }

    @Test("codes that match no brand", arguments: [
        "", "12345", "164567890123456789", "13456789012345678", "1345678901234567890",
        "284567890123456", "2500000000000000000000000", "31000000000000000", "13456789012345678a",
        "２８４５６７８９０１２３４５６７",
    ])
    func noBrand(code: String) {
        #expect(Brand.forBuyerCode(code) == nil)
    }

    @Test func orderNumbersAreShortAndSafeForEveryGateway() {
        var generator = SplitMix64(seed: 42)
        var seen = Set<String>()
        for _ in 0..<1000 {
            let number = MerchantOrderNumber.make(timestamp: "20261122024500", using: &generator)
            #expect(number.rawValue.count == 21)
            #expect(number.rawValue.hasPrefix("T20261122024500"))
            #expect(number.rawValue.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) })
            seen.insert(number.rawValue)
        }
        #expect(seen.count == 1000)
    }

    @Test func refundNumbersDeriveFromTheOrder() {
        let order = MerchantOrderNumber(rawValue: "T20261122024500ABCDEF")
        #expect(order.refundNumber(sequence: 2) == "R20261122024500ABCDEF-2")
    }

    @Test func cashierErrorsKeepTheRawCode() {
        let raw = GatewayRawError(code: "USERPAYING", message: "Waiting for PIN")
        let error = CashierError.declined(raw)
        #expect(error.raw == raw)
        #expect(error.message.contains("declined"))
        #expect(CashierError.notOffered(gateway: .tapin, what: "refunds").message == "TapIn Pay does not offer refunds.")
        #expect(CashierError.configuration("x").raw == nil)
    }
}

@Suite struct QRPayloadBrandTests {
    @Test func aPayloadTellsItsBrandWhenItsFormDoes() {
        #expect(Brand.forQRPayload("weixin://wxpay/bizpayurl?pr=6E4ptwz") == .wechatPay)
        #expect(Brand.forQRPayload("WEIXIN://wxpay/bizpayurl?pr=6E4ptwz") == .wechatPay)
        #expect(Brand.forQRPayload("https://qr.alipay.com/bax01234") == .alipay)
        #expect(Brand.forQRPayload("https://demo.tapin.tech/pay/123") == nil)
        #expect(Brand.forQRPayload("https://qr.alipay.com.evil.example/x") == nil)
        #expect(Brand.forQRPayload("") == nil)
    }
}
