import Foundation
import TillTesting

#if canImport(Glibc)
    import Glibc
#endif

/// A `till` process left running while the test does other things, started with `posix_spawn` (its
/// output goes to files, and it can be killed by its id) and reaped with `waitpid`.
final class BackgroundTill {
    let pid: pid_t
    private let outputPath: String
    private var reaped: Int32?

    init(_ arguments: [String], environment: [String: String]) throws {
        outputPath = NSTemporaryDirectory() + "till-background-\(UUID().uuidString).out"
        var merged = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        merged.merge(environment) { $1 }
        pid = try Subprocess.start(TillBinary.path, arguments, environment: merged, output: outputPath, error: "/dev/null")
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
        let code = Subprocess.wait(pid)
        reaped = code
        return code
    }
}
