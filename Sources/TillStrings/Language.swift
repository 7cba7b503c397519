/// The languages Till speaks to the cashier. Chosen by `--lang`, else `[ui] language`, else the
/// POSIX locale (`Language.fromLocale`).
public enum Language: String, CaseIterable, Sendable {
    case en
    case ja
    case zhHans = "zh-Hans"

    /// The value of `--lang` or `[ui] language`: `en`, `ja` or `zh-Hans` (any letter case); nil
    /// for anything else.
    public init?(setting: String) {
        guard let match = Language.allCases.first(where: { $0.rawValue.lowercased() == setting.lowercased() }) else {
            return nil
        }
        self = match
    }

    /// The three values `init(setting:)` takes, for messages: `"en", "ja" or "zh-Hans"`.
    public static let settingsList = #""en", "ja" or "zh-Hans""#

    /// The language of the POSIX locale: the first set of LC_ALL, LC_MESSAGES and LANG, as
    /// setlocale(3) reads them. `ja_JP.UTF-8` is Japanese; `zh_CN`, `zh_SG` and `zh_Hans` are
    /// Simplified Chinese; everything else (C, POSIX, unset, zh_TW...) is English.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        let names = ["LC_ALL", "LC_MESSAGES", "LANG"]
        guard let locale = names.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else { return .en }
        let name = locale.split(separator: ".").first.map(String.init) ?? locale
        if name == "ja" || name.hasPrefix("ja_") { return .ja }
        for prefix in ["zh_CN", "zh_SG", "zh_Hans", "zh-Hans", "zh-CN"] where name.hasPrefix(prefix) { return .zhHans }
        return .en
    }
}
