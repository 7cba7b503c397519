import ArgumentParser

/// `till log`: the end of Till's log file, where gateway requests and warnings go instead of the
/// screen.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Show the end of Till's log (gateway requests and warnings, secrets masked).",
        discussion: "The log is $XDG_STATE_HOME/till/till.log (else ~/.local/state/till/till.log), kept to two files of 1 MiB.")

    @Option(name: [.customShort("n"), .long], help: "How many lines to show.")
    var lines = 40

    @Flag(help: "Print the log file's path instead.")
    var path = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard lines > 0 else { throw ValidationError(language.early[.linesTooFew]) }
    }

    func run() throws {
        let file = LogFile()
        if path {
            print(file.path)
            return
        }
        let tail = file.tail(lines)
        if tail.isEmpty {
            print(language.strings(configPath: nil).text(.logEmpty, ["path": file.path]))
            return
        }
        tail.forEach { print($0) }
    }
}
