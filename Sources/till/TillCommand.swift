import ArgumentParser

/// The `till` command: the counter screen by default, and the subcommands for scripts and set-up.
@main
struct TillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till",
        abstract: "A point-of-sale counter for the terminal: QR and QuickPay payments through four gateways.",
        subcommands: [UICommand.self, ConfigCommand.self, QRCommand.self, ThemeCommand.self],
        defaultSubcommand: UICommand.self
    )
}
