import ArgumentParser
import Journal
import TillStrings

/// `--journal PATH`, shared by every command that reads or writes the journal.
struct JournalOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: ArgumentHelp("The journal file (default: $XDG_DATA_HOME/till/journal.sqlite).", valueName: "path"))
    var path: String?

    /// The journal file in use.
    var resolvedPath: String { path ?? JournalStore.defaultPath() }

    /// Opens the journal, or fails with the journal's own one-sentence message and exit code 2.
    func open(_ strings: Strings) throws -> JournalStore {
        do {
            return try JournalStore(path: resolvedPath)
        } catch {
            throw CLIError(error.message(in: strings), exitCode: 2)
        }
    }
}
