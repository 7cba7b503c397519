import Foundation
import TillTesting

#if canImport(Glibc)
    import Glibc
#endif

/// Starts the `till` binary (with `posix_spawn`, through `Subprocess`), output to files, and can kill
/// it with SIGKILL at a chosen moment: what a power cut or `kill -9` does to a till in the middle of a
/// payment.
enum Spawn {
    struct Result {
        /// The exit status, or 128 + the signal that ended it.
        let status: Int32
        /// True when our SIGKILL ended it (it had not exited by itself before).
        let killed: Bool
        let output: String
        let errorOutput: String
    }

    typealias Failure = Subprocess.Failure

    /// Starts `till arguments...` in a clean environment (`environment` only, plus PATH), its output
    /// going to `outputPath` and `errorPath`. Returns the process id.
    static func start(
        _ arguments: [String], environment: [String: String], outputPath: String, errorPath: String
    ) throws -> pid_t {
        var merged = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        merged.merge(environment) { $1 }
        do {
            return try Subprocess.start(TillBinary.path, arguments, environment: merged, output: outputPath, error: errorPath)
        } catch {
            throw Failure(description: "\(error): build it first")
        }
    }

    /// Runs `till arguments...` to its end, or kills it with SIGKILL once `killAfter` has passed since
    /// `marker` appeared (a file the program creates once started: start-up time varies with load),
    /// or since the start when there is no marker.
    static func run(
        _ arguments: [String], environment: [String: String], killAfter: Duration? = nil, marker: String? = nil
    ) throws -> Result {
        var killed = false
        let result = try Subprocess.capturing { outputPath, errorPath in
            let pid = try start(arguments, environment: environment, outputPath: outputPath, errorPath: errorPath)
            guard let killAfter else { return Subprocess.wait(pid) }
            var deadline = marker == nil ? ContinuousClock.now + killAfter : nil
            while deadline.map({ ContinuousClock.now < $0 }) ?? true {
                if let status = Subprocess.poll(pid) { return status }
                usleep(1_000)
                if deadline == nil, let marker, access(marker, F_OK) == 0 { deadline = ContinuousClock.now + killAfter }
            }
            if let status = Subprocess.poll(pid) { return status }
            kill(pid, SIGKILL)
            killed = true
            return Subprocess.wait(pid)
        }
        return Result(status: result.status, killed: killed, output: result.output, errorOutput: result.errorOutput)
    }
}
