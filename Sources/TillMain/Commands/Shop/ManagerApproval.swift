import Foundation
import Journal
import TillStrings

#if canImport(Glibc)
    import Glibc
#endif

/// A manager's approval on the command line: `--manager NAME`, and the PIN read from standard input
/// (without echo on a terminal), checked against `[security] manager_pin` and journaled. With no PIN
/// configured nothing is asked.
enum ManagerApproval {
    /// Checks the approval for `action` (its name in the catalog, e.g. `.actionRefund`) on `subject`
    /// and journals it, under the action's English name; throws a usage error otherwise.
    static func approve(_ action: CommandLineKey, subject: String, manager: String?, environment: TillEnvironment) async throws {
        guard let stored = environment.security.managerPIN else { return }
        let strings = environment.strings
        guard ManagerPIN(stored: stored) != nil else { throw CLIError(strings[.pinDamaged], exitCode: 2) }
        let name = manager?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty else { throw CLIError(strings.text(.pinNeedsManager, ["action": strings[action]]), exitCode: 2) }
        let pin = try readPIN(prompt: strings.text(.pinPrompt, ["name": name]), strings)
        try await check(action, subject: subject, manager: name, pin: pin, environment: environment)
    }

    /// Checks `pin` against `[security] manager_pin` and journals that `manager` approved `action`
    /// on `subject`; the command line and the counter both come here.
    static func check(
        _ action: CommandLineKey, subject: String, manager: String, pin: String, environment: TillEnvironment
    ) async throws(CLIError) {
        guard let stored = environment.security.managerPIN else { return }
        let strings = environment.strings
        guard let hash = ManagerPIN(stored: stored) else { throw CLIError(strings[.pinDamaged], exitCode: 2) }
        guard hash.accepts(pin) else { throw CLIError(strings[.pinWrong], exitCode: 2) }
        do {
            try await environment.journal.recordApproval(Strings(.en)[action], subject: subject, manager: manager, at: Date())
        } catch {
            throw CLIError(error.message(in: strings), exitCode: 2)
        }
    }

    /// One line from standard input; on a terminal the prompt goes to standard error and the typing
    /// is not echoed.
    static func readPIN(prompt: String, _ strings: Strings) throws -> String {
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
            throw CLIError(strings[.pinMissing], exitCode: 2)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
