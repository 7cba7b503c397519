import ArgumentParser
import Foundation
import FrontDoor
import Journal

/// The `till` command: the counter screen by default, and the subcommands for scripts and set-up.
@main
struct TillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till",
        abstract: "A point-of-sale counter for the terminal: QR and QuickPay payments through four gateways.",
        version: TillVersion.text,
        subcommands: [
            UICommand.self, PayCommand.self, RefundCommand.self, StatusCommand.self, RecoverCommand.self, ConfigCommand.self,
            QRCommand.self, JournalCommand.self, SandboxCommand.self, LogCommand.self,
            ThemeCommand.self, ShiftCommand.self, CashCommand.self, ReportCommand.self, ReceiptCommand.self, BenchCommand.self,
            StoreCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )


    /// Runs the command with Till's exit codes: 0 success, 1 declined or failed, 2 usage or
    /// configuration error, 3 unconfirmed. Errors are one sentence on standard error.
    static func main() async {
        // `till-main qr …` run directly answers exactly as `till qr …` does.
        if case .qr(let arguments) = FrontDoor.route(CommandLine.arguments) { Foundation.exit(QRTool.run(arguments)) }
        do {
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
        } catch let error as JournalError {
            // A journal read that failed in the middle of a listing: told in `--lang`'s language, else the locale's.
            printError(error.message(in: LanguageOption.early()))
            Foundation.exit(1)
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
