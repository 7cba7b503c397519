import Foundation
import Testing
import TillTesting

/// The real `till` in tmux picks its language: the locale, then `[ui] language` over it, then
/// `--lang` over both; an unknown `--lang` is a usage error naming the three.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct LanguageTmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func theLocaleThenTheConfigurationThenLangChooseTheLanguage() throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-lang-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = "env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data LC_ALL= LC_MESSAGES="
        try expectStarts("\(environment) LANG=ja_JP.UTF-8 \(binary)", showing: "新しい会計", then: "Enter 会計")

        try FileManager.default.createDirectory(atPath: home + "/config/till", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: home + "/config/till/till.toml", contents: Data("[ui]\nlanguage = \"zh-Hans\"\n".utf8))
        try expectStarts("\(environment) LANG=ja_JP.UTF-8 \(binary)", showing: "新交易", then: "Enter 收款")
        try expectStarts("\(environment) LANG=ja_JP.UTF-8 \(binary) --lang en", showing: "New sale", then: "Enter Charge")
    }

    @Test func anUnknownLangIsAUsageError() throws {
        try #require(FileManager.default.isExecutableFile(atPath: TillBinary.path), "build till first: swift build")
        let result = try Subprocess.run(TillBinary.path, ["--lang", "fr"], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 2, "status \(result.status)")
        #expect(result.errorOutput.contains("--lang fr is not a language Till speaks: write en, ja or zh-Hans"))
    }

    private func expectStarts(_ command: String, showing title: String, then keyBar: String) throws {
        let tmux = Tmux(session: "till-lang-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start(command)
        #expect(try tmux.waitFor(title), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.screen().contains(keyBar))
        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")
    }
}
