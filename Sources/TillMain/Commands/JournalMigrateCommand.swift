import ArgumentParser
import Journal
import TillStrings

/// `till journal migrate`: brings the journal (`[journal] url` or the file) to this Till's schema and
/// says what it found. Every command migrates on opening too; this one is for a store that upgrades
/// its database before the lanes start, or checks that a new server is reachable.
struct JournalMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the journal (a file, or the store's PostgreSQL) to this Till's schema.")
    @OptionGroup var config: ConfigPathOption
    @OptionGroup var journal: JournalOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings(configPath: config.path)
        let location = try journal.resolve(strings, config: config).location
        do {
            let versions = try JournalStore.migrate(location)
            let key: CommandLineKey = versions.from == versions.to ? .journalMigrateCurrent : .journalMigrated
            print(strings.text(key, ["journal": location.description, "from": String(versions.from), "to": String(versions.to)]))
        } catch {
            throw CLIError(error.message(in: strings), exitCode: 2)
        }
    }
}
