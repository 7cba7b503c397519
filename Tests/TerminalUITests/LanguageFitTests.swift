import Testing
import TillCore
import TillStrings

@testable import TerminalUI

/// Every line of every language fits its place at 80×24: no text drawn cut (`…`, `Frame.cutTexts`)
/// and no more key hints left out than in English (`Frame.leftOutHints`: the bar drops hints from
/// its end by design), wide characters counting two columns.
@Suite struct LanguageFitTests {
    static let size = TerminalSize(columns: 80, rows: 24)

    @Test(arguments: Language.allCases)
    func everyScreenFitsAt80x24(language: Language) {
        let english = Dictionary(uniqueKeysWithValues: LanguageScreens.all(.en, size: Self.size).map { ($0.name, TillApp.view($0.model)) })
        for (name, model) in LanguageScreens.all(language, size: Self.size) {
            let frame = TillApp.view(model)
            #expect(frame.cutTexts.isEmpty, "\(language.rawValue) \(name): cut \(frame.cutTexts)")
            let leftOutInEnglish = english[name]?.leftOutHints.count ?? 0
            #expect(frame.leftOutHints.count <= leftOutInEnglish, "\(language.rawValue) \(name): left out \(frame.leftOutHints)")
        }
    }

    @Test func theFittingTestCanFail() {
        var frame = Frame(size: TerminalSize(columns: 12, rows: 2))
        frame.text("お会計を始めます", column: 0, row: 0)
        frame.keyBar([KeyHint("Enter", "会計"), KeyHint("F10", "終了")], row: 1, keyStyle: .plain, actionStyle: .plain)
        #expect(frame.cutTexts == ["お会計を始めます"])
        #expect(frame.leftOutHints == ["F10 終了"])
    }

    @Test func wideTextWrapsBetweenCharactersNotBeforeClosingMarks() {
        #expect(Frame.wrap("お客様の支払いコードをスキャンしてください。", width: 10) == ["お客様の支", "払いコード", "をスキャン", "してくださ", "い。"])
        #expect(Frame.wrap("Till が確認を続けます。", width: 12) == ["Till が確認", "を続けます。"])
        #expect(Frame.wrap("take the sale again", width: 10) == ["take the", "sale again"])
    }
}

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
