import Testing
import TillCore
import TillStrings

@testable import TerminalUI

/// Messages made by `update` speak the model's language, with the payment words of its catalog.
@Suite struct LanguageMessageTests {
    private func answer(_ state: RefundState, language: Language) -> AppModel.Message? {
        var session = HistoryFixtures.session(language: language)
        session.type([.character("r"), .enter, .enter])
        let refund = Refund(
            refundNumber: "R1", orderNumber: HistoryFixtures.entries[0].orderNumber, amount: HistoryFixtures.yen(1500),
            reason: nil, state: state, createdAt: .init(timeIntervalSince1970: 0))
        session.send(.history(.refunded(refund)))
        return session.model.history.message
    }

    @Test func aRefundStillWithoutAnAnswerIsSaidInTheCashiersWords() {
        #expect(answer(.pending, language: .en) == .info("Refund R1 of ¥1,500 has no final answer yet (at the gateway): Till keeps checking it in the background"))
        #expect(answer(.requested, language: .ja) == .info("返金 R1（¥1,500）はまだ最終結果がありません（依頼済み）。Till がバックグラウンドで確認を続けます"))
        #expect(answer(.succeeded, language: .zhHans) == .info("已退款订单 T20261203101500AAAAAA 的 ¥1,500（退款单号 R1）"))
    }

    @Test func aTypedKeyIsRefusedInTheModelsLanguage() {
        var session = Session(language: .ja)
        session.type("12.5")
        #expect(session.model.amount.refusal?.message == "JPY には小数がありません。整数で入力してください")
        session.model.strings = Strings(.en)
        session.type([.backspace, .backspace, .character(".")])
        #expect(session.model.amount.refusal?.message == "JPY has no decimals: type a whole amount")
    }
}
