import Foundation
import Testing
import TillTesting

/// Runs the real `till` binary in a detached tmux session of 80×24, types into it, reads the
/// screen back with `capture-pane`. Skipped only when tmux is missing and CI is not set.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct TmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func typingAnAmountShowsItAndTheWindowCanShrinkAndGrow() throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let tmux = Tmux(session: "till-e2e-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try tmux.start(
            "env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary)"
                + " --theme takemepay --store-name 'E2E Store'")
        #expect(try tmux.waitFor("New sale"))
        #expect(try tmux.screen().contains("E2E Store"))

        try tmux.sendKeys(["1", "2", "0", "0"])
        #expect(try tmux.waitFor("1200_"))
        let screen = try tmux.screen()
        #expect(screen.contains("Enter Charge"))
        #expect(screen.contains("█"))  // the price in big digits

        try tmux.run(["resize-window", "-t", tmux.session, "-x", "30", "-y", "10"])
        #expect(try tmux.waitFor("Window too small"), "screen: \((try? tmux.screen()) ?? "?")")
        try tmux.run(["resize-window", "-t", tmux.session, "-x", "80", "-y", "24"])
        #expect(try tmux.waitFor("1200_"), "screen: \((try? tmux.screen()) ?? "?")")

        try tmux.sendKeys(["F1"])
        #expect(try tmux.waitFor("this help; Esc closes it"))
        try tmux.sendKeys(["Escape"])
        #expect(try tmux.waitFor("1200_"))

        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")
    }
}

extension TmuxEndToEndTests {
    /// A bad theme file: the first screen says what is wrong (file, line, attribute) and Till runs
    /// with the default theme; F6 then cycles to the next theme.
    @Test(.timeLimit(.minutes(1)))
    func aBadThemeFileIsReportedOnTheFirstScreenAndF6CyclesThemes() throws {
        let binary = TillBinary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let tmux = Tmux(session: "till-e2e-theme-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/config/till/themes", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: home + "/config/till/themes/shop.toml", contents: Data("parent = \"dark\"\nwindowBackground = \"blue\"\n".utf8))
        try tmux.start(
            "env TERM=xterm-256color XDG_CONFIG_HOME=\(home)/config XDG_DATA_HOME=\(home)/data \(binary) --theme shop")
        #expect(try tmux.waitFor("line 2, windowBackground"), "screen: \((try? tmux.screen()) ?? "?")")
        #expect(try tmux.screen().contains("F6 Theme"))
        try tmux.sendKeys(["F6"])
        #expect(try tmux.waitFor("Theme: dark"))
        try tmux.sendKeys(["F10"])
        #expect(try tmux.waitUntilGone(), "till did not quit on F10")
    }
}

/// A little driver for tmux.
struct Tmux {
    let session: String

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Starts `command` (which ends with Till's arguments) in an 80×24 pane. With `cashier`, Till
    /// opens a shift for them when none is open, so the counter starts on the amount, not the
    /// shift prompt.
    func start(_ command: String, cashier: String? = "Tester") throws {
        let opening = cashier.map { " --cashier \($0)" } ?? ""
        try run(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", command + opening])
    }

    func sendKeys(_ keys: [String]) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// Polls the screen until `text` shows, for up to 10 s: the binary is real, so is its pace.
    func waitFor(_ text: String) throws -> Bool {
        for _ in 0..<200 {
            if try screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Polls the screen until `text` no longer shows, for up to 10 s.
    func waitForAbsence(of text: String) throws -> Bool {
        for _ in 0..<200 {
            if try !screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func waitUntilGone() throws -> Bool {
        for _ in 0..<200 {
            if (try? run(["has-session", "-t", session])) == nil { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Stops this test's own tmux server (its own socket, so no other tmux is touched).
    func kill() {
        _ = try? run(["kill-server"])
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs tmux on this session's own socket.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run("tmux", ["-L", session] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(result.status))")
        }
        return result.output
    }
}
