import ArgumentParser
import TillConfig

/// `till config`: STUB, lands with issue 2.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check and show the configuration.")
}
