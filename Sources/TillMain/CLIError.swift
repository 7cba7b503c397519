import ArgumentParser
import Checkout
import Journal
import TillCore
import TillStrings

/// An error for the command line: one clear sentence on standard error and a documented exit code
/// (0 paid or refunded, 1 declined or failed, 2 usage or configuration error, 3 unconfirmed).
struct CLIError: Error, CustomStringConvertible {
    let message: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }

    /// A usage error (exit 2) telling `error` in the language of `strings`: the journal's and the
    /// checkout's errors have their own sentences in every language.
    static func usage(_ error: any Error, _ strings: Strings) -> CLIError {
        switch error {
        case let error as JournalError: CLIError(error.message(in: strings), exitCode: 2)
        case let error as CheckoutError: CLIError(error.message(in: strings), exitCode: 2)
        case let error as MoneyError: CLIError(error.message(in: strings), exitCode: 2)
        default: CLIError("\(error)", exitCode: 2)
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    var standardError = StandardError()
    print(line, to: &standardError)
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.writeToStandardError(string)
    }
}
