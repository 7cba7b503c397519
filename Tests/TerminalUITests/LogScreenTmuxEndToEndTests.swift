import Foundation
import Testing
import TillTesting

/// A gateway that cannot be reached writes its warning to Till's log file, never over the counter's
/// screen. Named …TmuxEndToEndTests so that scripts/test runs it in its round of the real binary.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct LogScreenTmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func anUnreachableGatewaysWarningGoesToTheLogNotTheScreen() throws {
        let binary = RepositoryPaths.root.appendingPathComponent(".build/debug/till").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-log-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try TestConfigurations.unreachableMOTP.write(toFile: home + "/till.toml", atomically: true, encoding: .utf8)
        let tmux = Tmux(session: "till-log-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start(
            "env TERM=xterm-256color XDG_STATE_HOME=\(home)/state XDG_DATA_HOME=\(home)/data \(binary) --config \(home)/till.toml")
        #expect(try tmux.waitFor("New sale"))
        for key in ["7", "0", "0"] {
            try tmux.sendKeys([key])
            Thread.sleep(forTimeInterval: 0.1)
        }
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("Pay ¥700 with"), "screen: \((try? tmux.screen()) ?? "")")
        try tmux.sendKeys(["Enter"])
        #expect(try tmux.waitFor("could not be reached"), "screen: \((try? tmux.screen()) ?? "")")
        let screen = try tmux.screen()
        #expect(!screen.contains("till.gateways"), "screen: \(screen)")
        #expect(!screen.contains("warning"), "screen: \(screen)")
        let log = try String(contentsOfFile: home + "/state/till/till.log", encoding: .utf8)
        #expect(log.contains("warning till.gateways.motp: ✗ POST http://127.0.0.1:9/motp/api/token"))
    }
}
