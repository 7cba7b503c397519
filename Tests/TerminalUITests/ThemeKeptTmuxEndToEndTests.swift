import Foundation
import Testing
import TillTesting

/// The theme chosen with F6 is the one the next start opens with. Named …TmuxEndToEndTests so that
/// scripts/test runs it in its round of the real binary.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct ThemeKeptTmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func theThemeChosenWithF6IsKeptForTheNextStart() throws {
        let binary = RepositoryPaths.root.appendingPathComponent(".build/debug/till").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let command = "env TERM=xterm-256color XDG_STATE_HOME=\(home)/state XDG_DATA_HOME=\(home)/data XDG_CONFIG_HOME=\(home)/config \(binary)"
        let first = Tmux(session: "till-theme-1-\(ProcessInfo.processInfo.processIdentifier)")
        defer { first.kill() }
        try first.start(command)
        #expect(try first.waitFor("New sale"))
        try first.sendKeys(["F6"])
        #expect(try first.waitFor("Theme: dark"), "screen: \((try? first.screen()) ?? "")")
        try first.sendKeys(["F10"])
        #expect(try first.waitUntilGone())
        #expect(try String(contentsOfFile: home + "/state/till/theme", encoding: .utf8) == "dark\n")

        let second = Tmux(session: "till-theme-2-\(ProcessInfo.processInfo.processIdentifier)")
        defer { second.kill() }
        try second.start(command)
        #expect(try second.waitFor("New sale"))
        try second.sendKeys(["F6"])
        // It started on dark, so F6 goes on to the theme after it.
        #expect(try second.waitFor("Theme: high-contrast"), "screen: \((try? second.screen()) ?? "")")
    }
}
