import Foundation
import TillCore

#if canImport(Glibc)
    import Glibc
#endif

/// Starts the `till` binary with `posix_spawn` (Foundation's `Process` hung on this machine; see
/// TerminalUITests' `Subprocess`), output to files, and can kill it with SIGKILL at a chosen moment:
/// what a power cut or `kill -9` does to a till in the middle of a payment.
enum Spawn {
    struct Result {
        /// The exit status, or 128 + the signal that ended it.
        let status: Int32
        /// True when our SIGKILL ended it (it had not exited by itself before).
        let killed: Bool
        let output: String
        let errorOutput: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `.build/<configuration>/till` next to the test bundle, else `.build/debug/till`; `TILL_BINARY`
    /// overrides both.
    static let tillPath: String = {
        if let path = ProcessInfo.processInfo.environment["TILL_BINARY"], !path.isEmpty { return path }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("till")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/till").path
    }()

    /// Starts `till arguments...` in a clean environment (`environment` only, plus PATH), its output
    /// going to `outputPath` and `errorPath`. Returns the process id.
    static func start(
        _ arguments: [String], environment: [String: String], outputPath: String, errorPath: String
    ) throws -> pid_t {
        let streams = ProcessSpawner.capturing(output: outputPath, error: errorPath)
        var merged = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        merged.merge(environment) { $1 }
        do {
            return try ProcessSpawner.spawn(tillPath, arguments: arguments, environment: merged, files: streams)
        } catch {
            throw Failure(description: "\(error.description): build it first")
        }
    }

    /// Runs `till arguments...` to its end, or kills it with SIGKILL once `killAfter` has passed since
    /// `marker` appeared (a file the program creates once started: start-up time varies with load),
    /// or since the start when there is no marker.
    static func run(
        _ arguments: [String], environment: [String: String], killAfter: Duration? = nil, marker: String? = nil
    ) throws -> Result {
        let base = NSTemporaryDirectory() + "till-crash-\(UUID().uuidString)"
        let outputPath = base + ".out", errorPath = base + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        let pid = try start(arguments, environment: environment, outputPath: outputPath, errorPath: errorPath)
        var killed = false
        var status: Int32 = 0
        if let killAfter {
            var deadline = marker == nil ? ContinuousClock.now + killAfter : nil
            var exited = false
            while !exited && (deadline.map { ContinuousClock.now < $0 } ?? true) {
                exited = waitpid(pid, &status, WNOHANG) == pid
                if !exited { usleep(1_000) }
                if deadline == nil, let marker, access(marker, F_OK) == 0 { deadline = ContinuousClock.now + killAfter }
            }
            if !exited {
                kill(pid, SIGKILL)
                killed = true
                wait(pid, &status)
            }
        } else {
            wait(pid, &status)
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(
            status: exitStatus, killed: killed,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errorOutput: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    /// Waits for `pid` to end, through EINTR.
    static func wait(_ pid: pid_t, _ status: inout Int32) {
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
}
