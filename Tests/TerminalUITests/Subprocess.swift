import Foundation
import TillCore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and waits for it with `waitpid`. Output goes through files, not pipes (a tmux
/// server started by `new-session` would inherit a pipe and keep it open), and Foundation's
/// `Process` is not used: its exit monitoring missed the tmux client's exit on this machine.
enum Subprocess {
    struct Result {
        let status: Int32
        let output: String
        let errorOutput: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `program` (looked up on PATH) with `arguments`; `environment` entries are added to ours.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let base = NSTemporaryDirectory() + "till-subprocess-\(UUID().uuidString)"
        let outputPath = base + ".out"
        let errorPath = base + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        let streams = ProcessSpawner.capturing(output: outputPath, error: errorPath)
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        let pid: pid_t
        do {
            pid = try ProcessSpawner.spawn(
                program, arguments: arguments, environment: merged, files: streams, searchPATH: true)
        } catch {
            throw Failure(description: error.description)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(
            status: exitStatus,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errorOutput: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
