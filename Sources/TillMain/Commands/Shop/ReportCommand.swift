import ArgumentParser
import Foundation
import Journal
import TillCore
import TillStrings

/// `till report`: the X report at any time, the Z report that closes a shift, the stored Zs, and
/// the check that no Z and no row it counted was changed.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "X and Z reports: totals by tender, brand and gateway; cash; the Z chain's check.",
        discussion: "Exit status: 0 done (verify: nothing was changed), 1 verify found changes, 2 usage or configuration error.",
        subcommands: [X.self, Z.self, Show.self, List.self, Verify.self])

    struct X: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "x", abstract: "What this lane's open shift has taken so far (changes nothing).")
        @OptionGroup var wiring: WiringOptions
        @OptionGroup var format: ReportFormatOptions
        @OptionGroup var language: LanguageOption
        @Flag(help: "Every lane's open shift together: the store's X (a store journal on PostgreSQL).")
        var store = false

        func run() async throws {
            let environment = try wiring.environment(language)
            defer { environment.finish() }
            let strings = environment.strings
            let currency = environment.store.currency
            let wholeStore = store
            let x = try await shop(strings) { () async throws(ShiftError) in
                try await environment.journal.xReport(currency: currency, wholeStore: wholeStore)
            }
            print(format.render(x, strings))
        }
    }

    struct Z: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "z", abstract: "Close the shift with the cash counted and print its Z report (as `till shift close`).")
        @OptionGroup var close: CloseOptions

        func run() async throws { try await close.run() }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one stored Z report.")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @OptionGroup var format: ReportFormatOptions
        @OptionGroup var language: LanguageOption
        @Argument(help: "The Z report's number (from `till report list`).") var number: Int64

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            let store = try journal.open(strings, config: config)
            print(format.render(try await shop(strings) { () async throws(ShiftError) in try await store.zReport(number: number) }, strings))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stored Z reports, oldest first.")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @OptionGroup var format: ReportFormatOptions
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            let store = try journal.open(strings, config: config)
            let reports = try await shop(strings) { () async throws(ShiftError) in try await store.zReports() }
            if reports.isEmpty, !format.json, !format.csv { return print(strings[.shopNoZYet]) }
            print(format.renderList(reports, strings))
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check every Z against its hash, the chain and the journal rows it counted; name whatever was changed.")
        @OptionGroup var config: ConfigPathOption
        @OptionGroup var journal: JournalOptions
        @OptionGroup var language: LanguageOption

        func run() async throws {
            let strings = language.strings(configPath: config.path)
            let store = try journal.open(strings, config: config)
            let problems = try await shop(strings) { () async throws(ShiftError) in try await store.verifyReports() }
            let reports = try await shop(strings) { () async throws(ShiftError) in try await store.zReports() }
            guard problems.isEmpty else {
                problems.forEach { print($0.message) }
                print(strings.text(.shopVerifyChanges, ["count": String(problems.count), "path": store.location.description]))
                throw ExitCode(CheckoutExit.declined)
            }
            guard let last = reports.last, let hash = last.hash else { return print(strings[.shopVerifyNothing]) }
            print(strings.text(.shopVerifyOK, ["count": String(reports.count), "number": String(last.number ?? 0), "hash": hash]))
        }
    }
}

/// `--json` or `--csv` for a report; human text otherwise.
struct ReportFormatOptions: ParsableArguments {
    @Flag(help: "Print JSON (one object per report, one per line).") var json = false
    @Flag(help: "Print CSV: `key,value` rows for one report, a row per report for a list.") var csv = false

    func validate() throws {
        if json, csv { throw ValidationError(LanguageOption.early()[.shopChooseJSONOrCSV]) }
    }

    func render(_ report: ShiftReport, _ strings: Strings) -> String {
        if json { return report.json() }
        if csv { return ReportFormat.csv(report) }
        return ReportFormat.text(report, strings)
    }

    func renderList(_ reports: [ShiftReport], _ strings: Strings) -> String {
        if json { return reports.map { $0.json() }.joined(separator: "\n") }
        if csv { return ReportFormat.csvList(reports) }
        return reports.map { ReportFormat.listLine($0, strings) }.joined(separator: "\n")
    }
}
