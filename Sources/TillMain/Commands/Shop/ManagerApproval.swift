import Foundation
import Journal

#if canImport(Glibc)
    import Glibc
#endif

/// A manager's approval on the command line: `--manager NAME`, and the PIN read from standard input
/// (without echo on a terminal), checked against `[security] manager_pin` and journaled. With no PIN
/// configured nothing is asked.
enum ManagerApproval {
    /// Checks the approval for `action` on `subject` and journals it; throws a usage error otherwise.
    static func approve(_ action: String, subject: String, manager: String?, environment: TillEnvironment) async throws {
        guard let stored = environment.security.managerPIN else { return }
        guard let pin = ManagerPIN(stored: stored) else {
            throw CLIError("[security] manager_pin is damaged: run `till config set-pin` again.", exitCode: 2)
        }
        let name = manager?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty else {
            throw CLIError("A manager must approve this \(action): add --manager NAME; the PIN is read from standard input.", exitCode: 2)
        }
        guard pin.accepts(try readPIN(prompt: "PIN of \(name): ")) else {
            throw CLIError("That PIN is not the manager's: nothing was done.", exitCode: 2)
        }
        do { try await environment.journal.recordApproval(action, subject: subject, manager: name, at: Date()) } catch {
            throw CLIError(error.description, exitCode: 2)
        }
    }

    /// One line from standard input; on a terminal the prompt goes to standard error and the typing
    /// is not echoed.
    static func readPIN(prompt: String) throws -> String {
        let terminal = isatty(STDIN_FILENO) == 1
        var saved = termios()
        if terminal {
            FileHandleWriter.writeToStandardError(prompt)
            tcgetattr(STDIN_FILENO, &saved)
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        }
        defer {
            if terminal {
                tcsetattr(STDIN_FILENO, TCSANOW, &saved)
                FileHandleWriter.writeToStandardError("\n")
            }
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw CLIError("No PIN was given: type it, or pipe it on standard input.", exitCode: 2)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
