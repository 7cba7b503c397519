import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the real `till` binary in a detached tmux session of 80×24, types into it, reads the
/// screen back with `capture-pane`. Skipped only when tmux is missing and CI is not set.
@Suite(.enabled(if: Tmux.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil, "tmux is not installed"))
struct TmuxEndToEndTests {
    @Test(.timeLimit(.minutes(1)))
    func typingAnAmountShowsItAndTheWindowCanShrinkAndGrow() throws {
        let binary = RepositoryPaths.root.appendingPathComponent(".build/debug/till").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build till first: swift build")
        let tmux = Tmux(session: "till-e2e-\(ProcessInfo.processInfo.processIdentifier)")
        defer { tmux.kill() }
        try tmux.start("env TERM=xterm-256color \(binary) --theme takemepay --store-name 'E2E Store'")
        #expect(try tmux.waitFor("New sale"))
        #expect(try tmux.screen().contains("E2E Store"))

        try tmux.sendKeys(["1", "2", "0", "0"])
        #expect(try tmux.waitFor("1200_"))
        let screen = try tmux.screen()
        #expect(screen.contains("Enter Charge"))
        #expect(screen.contains("█"))  // the price in big digits

        try tmux.run(["resize-window", "-t", tmux.session, "-x", "30", "-y", "10"])
        #expect(try tmux.waitFor("Window too small"))
        try tmux.run(["resize-window", "-t", tmux.session, "-x", "80", "-y", "24"])
        #expect(try tmux.waitFor("1200_"))

        try tmux.sendKeys(["F1"])
        #expect(try tmux.waitFor("this help; Esc closes it"))
        try tmux.sendKeys(["Escape"])
        #expect(try tmux.waitFor("1200_"))

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

    func start(_ command: String) throws {
        try run(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", command])
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

    /// Runs tmux on this session's own socket and waits for it with `waitpid`. Output goes
    /// through a file, not a pipe (the tmux server that `new-session` starts would inherit a pipe
    /// and keep it open), and Foundation's `Process` is not used: its exit monitoring missed the
    /// tmux client's exit on this machine and hung.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "\(session)-\(UUID().uuidString).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", session] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        let code = (status >> 8) & 0xFF
        guard exited, code == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status))")
        }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}
