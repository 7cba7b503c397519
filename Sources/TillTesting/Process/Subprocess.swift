import Foundation
import TillSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Runs programs for tests and waits for them with `waitpid`. Output goes through files, not pipes (a
/// tmux server started by `new-session` would inherit a pipe and keep it open), and Foundation's
/// `Process` is not used: its exit monitoring missed the tmux client's exit on this machine.
public enum Subprocess {
    /// How a program ended and what it printed.
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        public let status: Int32
        public let output: String
        public let errorOutput: String
    }

    /// Why a program could not be run.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// Runs `program` (looked up on PATH) with `arguments` to its end; `environment` entries are added
    /// to ours.
    public static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        return try capturing { output, error in
            let pid = try start(program, arguments, environment: merged, output: output, error: error, searchPATH: true)
            return wait(pid)
        }
    }

    /// Calls `body` with two fresh files for standard output and error, and returns what they hold
    /// with the status `body` returned. The files are removed afterwards.
    public static func capturing(_ body: (_ output: String, _ error: String) throws -> Int32) throws -> Result {
        let base = NSTemporaryDirectory() + "till-subprocess-\(UUID().uuidString)"
        let outputPath = base + ".out", errorPath = base + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        let status = try body(outputPath, errorPath)
        return Result(
            status: status, output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errorOutput: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    /// Starts `program` with exactly `environment`, standard input from /dev/null and standard output
    /// and error written (afresh) to the files `output` and `error`. Returns the process id.
    public static func start(
        _ program: String, _ arguments: [String], environment: [String: String], output: String, error: String,
        searchPATH: Bool = false
    ) throws -> pid_t {
        do {
            return try ProcessSpawner.spawn(
                program, arguments: arguments, environment: environment,
                files: ProcessSpawner.capturing(output: output, error: error), searchPATH: searchPATH)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Waits for `pid` to end (through EINTR) and returns its exit status, or 128 + the signal that
    /// ended it.
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return exitStatus(status)
    }

    /// Whether `pid` has ended, without waiting: its exit status then, else nil.
    public static func poll(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid ? exitStatus(status) : nil
    }

    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
