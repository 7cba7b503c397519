import ArgumentParser
import Foundation

/// The `till` command: the counter screen by default, and the subcommands for scripts and set-up.
@main
struct TillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till",
        abstract: "A point-of-sale counter for the terminal: QR and QuickPay payments through four gateways.",
        version: TillCommand.version,
        subcommands: [
            UICommand.self, PayCommand.self, RefundCommand.self, StatusCommand.self, RecoverCommand.self, ConfigCommand.self,
            QRCommand.self, JournalCommand.self, SandboxCommand.self, LogCommand.self,
            ThemeCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )

    /// `till qr TEXT` parsed as the one command it is, without building the whole command tree: the
    /// tree's reflection costs several milliseconds per start, more than the QR itself, and `till qr` is a
    /// filter used in shell pipelines. Help and every malformed line go the usual way, so their words
    /// and exit codes are the same.
    static func quickQRCommand() -> QRCommand? {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.first == "qr", !arguments.contains(where: { ["-h", "--help", "help"].contains($0) }) else { return nil }
        return try? QRCommand.parse(Array(arguments.dropFirst()))
    }

    /// What `till --version` prints.
    static let version = "till 0.9.0"

    /// Runs the command with Till's exit codes: 0 success, 1 declined or failed, 2 usage or
    /// configuration error, 3 unconfirmed. Errors are one sentence on standard error.
    static func main() async {
        do {
            if let quick = quickQRCommand() {
                try quick.run()
                return
            }
            FileLogHandler.bootstrap(LogFile())
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            printError(error.message)
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { printError(message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
