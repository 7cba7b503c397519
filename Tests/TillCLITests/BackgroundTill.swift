import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A `till` process left running while the test does other things, started with `posix_spawn` (its
/// output goes to files, and it can be killed by its id) and reaped with `waitpid`.
final class BackgroundTill {
    let pid: pid_t
    private let outputPath: String
    private var reaped: Int32?

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(_ arguments: [String], environment: [String: String]) throws {
        outputPath = NSTemporaryDirectory() + "till-background-\(UUID().uuidString).out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var merged = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        merged.merge(environment) { $1 }
        let program = TillBinary.url.path
        var cArguments: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, program, &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw Failure(description: "cannot start \(program) (error \(spawned))") }
        pid = child
    }

    deinit {
        if reaped == nil { kill(pid, SIGKILL) }
        _ = waitForExit()
        unlink(outputPath)
    }

    /// What it has printed on standard output so far.
    var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// Checks `condition` every 20 ms for at most `seconds`: a process is waited for, not timed.
    func waitUntil(seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// Kills it with SIGKILL, as a crash or `kill -9` would, and reaps it.
    func killHard() -> Int32 {
        kill(pid, SIGKILL)
        return waitForExit()
    }

    @discardableResult
    func waitForExit() -> Int32 {
        if let reaped { return reaped }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        reaped = code
        return code
    }
}
