import Testing
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
