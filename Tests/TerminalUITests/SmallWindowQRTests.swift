import Testing
import TillCore

@testable import TerminalUI

/// A QR is never created that the window cannot show: the sheet says so first and Enter starts
/// nothing; a scan still takes the payment.
@Suite struct SmallWindowQRTests {
    static func sheet(_ choice: PaymentChoice, size: TerminalSize) -> Session {
        var session = Session(size: size)
        session.model.checkout.choices = [choice]
        session.type("1500")
        session.type([.enter])
        return session
    }

    static func started(_ session: Session) -> Bool {
        session.effects.contains { (effect: AppEffect) -> Bool in
            if case .payment(.startQR) = effect { return true }
            return false
        }
    }

    @Test func aTapInLinkTooLongForSixtyByTwentyIsRefusedBeforeItIsCreated() {
        var session = Self.sheet(PaymentChoice(gateway: .tapin, brand: .tapinLink), size: TerminalSize(columns: 60, rows: 20))
        #expect(TillApp.view(session.model).plainText().contains("Window too small for this QR code"))
        session.type([.enter])
        #expect(!Self.started(session))
        #expect(session.effects.contains(.bell))
        #expect(session.model.screen == .sheet)
    }

    @Test func aWeChatPayCodeFitsSixtyByTwentyAndATapInLinkFitsEightyByTwentyFour() {
        var motp = Self.sheet(PaymentChoice(gateway: .motp, brand: .wechatPay), size: TerminalSize(columns: 60, rows: 20))
        #expect(!TillApp.view(motp.model).plainText().contains("Window too small"))
        motp.type([.enter])
        #expect(Self.started(motp))
        var tapIn = Self.sheet(PaymentChoice(gateway: .tapin, brand: .tapinLink), size: TerminalSize(columns: 80, rows: 24))
        tapIn.type([.enter])
        #expect(Self.started(tapIn))
    }

    /// What the sheet promises is what the payment screen then draws: the longest payload each
    /// gateway answers fits wherever the sheet lets it start.
    @Test(arguments: GatewayID.allCases)
    func whereTheSheetLetsAPaymentStartItsCodeIsDrawn(gateway: GatewayID) {
        for size in [TerminalSize(columns: 60, rows: 20), TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 50, rows: 16)] {
            let length = GatewayDescriptor.of(gateway).qrPayloadLength
            guard PaymentScreen.canShowQR(payloadLength: length, size: size) else { continue }
            var session = Self.sheet(PaymentChoice(gateway: gateway, brand: .wechatPay), size: size)
            session.type([.enter])
            session.send(.payment(PaymentProgress(serial: 1, .created(orderNumber: "O1", gateway: gateway, qrPayload: String(repeating: "x", count: length)))))
            #expect(!TillApp.view(session.model).plainText().contains("too small"), "\(gateway) at \(size)")
        }
    }
}
