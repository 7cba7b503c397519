import ArgumentParser
import Foundation
import TillConfig
import TillStrings

/// `--config PATH`: the configuration file to use instead of the default place.
struct ConfigPathOption: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp("The configuration file.", valueName: "path"))
    var path: String?

    var loader: ConfigLoader { ConfigLoader(explicitPath: path) }
}

/// `till config`: check, locate and show an example of the configuration.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check and show the configuration.",
        subcommands: [Check.self, Path.self, Example.self, SetPINCommand.self], defaultSubcommand: Check.self)

    /// `till config check`: validate and print the effective configuration, secrets masked.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Check the configuration and print it, secrets masked; exit 2 when it has errors.")

        @OptionGroup var config: ConfigPathOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let loader = config.loader
            if loader.isDemoMode {
                print(ConfigReport.demoMode(path: loader.path, in: language.early), terminator: "")
                return
            }
            do {
                let configuration = try loader.load()
                let strings = Strings(language.chosen(configured: configuration.ui.language))
                print(ConfigReport.render(configuration, in: strings), terminator: "")
            } catch {
                // The file cannot be read, so its [ui] language cannot count: --lang, else the locale.
                let strings = language.early
                let count = error.issues.count
                var text = error.issues.map { $0.message(in: strings) }.joined(separator: "\n")
                let key: CommandLineKey = count == 1 ? .configProblemsOne : .configProblemsMany
                text += "\n" + strings.text(key, ["count": String(count)]) + "\n"
                FileHandle.standardError.write(Data(text.utf8))
                throw ExitCode(2)
            }
        }
    }

    /// `till config path`: the file Till reads.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "path", abstract: "Print the path of the configuration file Till reads.")

        @OptionGroup var config: ConfigPathOption

        func run() {
            print(config.loader.path)
        }
    }

    /// `till config example`: a commented file with every gateway.
    struct Example: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "example", abstract: "Print a commented example configuration file.")

        func run() {
            print(ExampleConfig.text)
        }
    }
}
