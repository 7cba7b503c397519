import Testing
import TillCore

@testable import TerminalUI

/// The QR screen names the brand of the code it draws, not only the one chosen on the sheet.
@Suite struct OpenPaymentBrandTests {
    let yen = Money(minorUnits: 900, currency: Currency(code: "JPY")!)

    @Test func aWeChatPayCodeIsShownAsWeChatPayWhateverWasChosen() {
        var payment = OpenPayment(serial: 1, method: .qr(PaymentChoice(gateway: .motp, brand: .alipay)), amount: yen)
        #expect(payment.brand == .alipay)
        payment.qrPayload = "weixin://wxpay/bizpayurl?pr=6E4ptwz"
        #expect(payment.brand == .wechatPay)
    }

    @Test func aCheckoutLinkKeepsTheChosenBrand() {
        var payment = OpenPayment(serial: 1, method: .qr(PaymentChoice(gateway: .pomelo, brand: .card)), amount: yen)
        payment.qrPayload = "https://pay.pomelopay.example/qr/abc"
        #expect(payment.brand == .card)
    }
}
