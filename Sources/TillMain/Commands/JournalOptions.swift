import ArgumentParser
import Journal
import TillConfig
import TillStrings

/// `--journal PATH`, shared by every command that reads or writes the journal. With no `--journal`,
/// the configuration decides: `[journal] url` (the store's PostgreSQL), else `[journal] path`, else
/// the default file.
struct JournalOptions: ParsableArguments {
    @Option(
        name: .customLong("journal"),
        help: ArgumentHelp(
            "The journal file (default: [journal] url or path from --config, else $XDG_DATA_HOME/till/journal.sqlite).",
            valueName: "path"))
    var path: String?

    /// The file beside which Till keeps its local state (locks, the demo sandbox): `--journal`, else
    /// `[journal] path`, else the default file, also when the journal itself is on PostgreSQL.
    func localPath(_ configuration: TillConfiguration?) -> String {
        path ?? configuration?.journal.path ?? JournalStore.defaultPath()
    }

    /// Where the journal is: an explicit `--journal` file first, then the configuration's.
    func location(_ configuration: TillConfiguration?) throws(JournalError) -> JournalLocation {
        if let path { return .file(path) }
        return try JournalLocation(url: configuration?.journal.url, path: localPath(configuration))
    }

    /// The journal `--config` names (read only without `--journal`) and the lane it is written from;
    /// a configuration or address that cannot be read fails with its one-sentence message, exit code 2.
    func resolve(_ strings: Strings, config: ConfigPathOption) throws -> (location: JournalLocation, lane: String?) {
        let configuration = path == nil ? try TillEnvironment.configuration(config.loader, strings) : nil
        do {
            return (try location(configuration), configuration?.lane)
        } catch {
            throw CLIError(error.message(in: strings), exitCode: 2)
        }
    }

    /// Opens the journal `--config` names, or fails with the journal's own one-sentence message and
    /// exit code 2.
    func open(_ strings: Strings, config: ConfigPathOption) throws -> JournalStore {
        let (location, lane) = try resolve(strings, config: config)
        return try Self.open(location, lane: lane, strings)
    }

    static func open(
        _ location: @autoclosure () throws(JournalError) -> JournalLocation, lane: String?, _ strings: Strings
    ) throws -> JournalStore {
        do {
            return try JournalStore(location: location(), lane: lane)
        } catch {
            throw CLIError(error.message(in: strings), exitCode: 2)
        }
    }
}
