import Checkout
import Foundation
import Gateways
import Journal
import Sandbox
import TillConfig
import TillCore
import TillStrings

/// What a checkout command runs with: the store, the journal, the gateways (real or, in demo mode,
/// the built-in sandbox) and the checkout flows built on them.
struct TillEnvironment: Sendable {
    let store: StoreSettings
    let ui: UISettings
    let scanner: ScannerSettings
    /// The receipt printer, when one is configured.
    var printer: PrinterSettings?
    /// The manager's PIN (stored form), when one is set.
    var security = SecuritySettings()
    /// The checks of the configured gateways' webhooks (`till store serve`); none in demo mode.
    var webhookVerifiers: [any WebhookVerifier] = []
    /// The lanes the store server makes TakeMe Pay's secret-key calls for (`[store.lanes]`), and the
    /// TakeMe Pay account it makes them with (`till store serve`); none in demo mode.
    var relayLanes: [LaneToken] = []
    var relayAccount: GatewaySettings?
    let journal: JournalStore
    /// The journal file, or on a store's PostgreSQL the file beside which local state is kept.
    let journalPath: String
    /// The store's order locks, when the journal is on PostgreSQL (lock files otherwise).
    var storeLocks: PostgresAdvisoryLocks?
    let gateways: GatewayDirectory
    /// The in-process sandbox in demo mode; nil with a configuration.
    let sandbox: DemoSandbox?
    /// The words of the language chosen (`--lang`, else `[ui] language`, else the locale).
    let strings: Strings

    var isDemo: Bool { sandbox != nil }

    /// Reads the configuration (`--config`, else the default place), opens the journal (`--journal`,
    /// else `[journal] url` or `path`, else the default) and builds a connector per enabled gateway. No file,
    /// or a file without gateway tables, is demo mode. A configuration that cannot be read is told in
    /// `--lang`'s language, else the locale's; everything after it in the language chosen.
    static func load(
        configPath: String?, journalOptions: JournalOptions, demoBuyerDelay: Double, language: LanguageOption
    ) throws -> TillEnvironment {
        let configuration = try Self.configuration(ConfigLoader(explicitPath: configPath), language.early)
        let strings = Strings(language.chosen(configured: configuration.ui.language))
        let path = (journalOptions.localPath(configuration) as NSString).expandingTildeInPath
        let journal = try JournalOptions.open(try journalOptions.location(configuration), lane: configuration.lane, strings)
        let storeLocks = try Self.storeLocks(for: journal, strings)
        if configuration.isDemo {
            printError(strings[.demoNotice])
            let stateFile = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("demo-sandbox.json")
            let sandbox = try DemoSandbox(
                currency: configuration.store.currency, stateFile: stateFile, buyerDelay: demoBuyerDelay, strings: strings)
            return TillEnvironment(
                store: configuration.store, ui: configuration.ui, scanner: configuration.scanner,
                printer: configuration.printer, security: configuration.security, journal: journal, journalPath: path,
                storeLocks: storeLocks, gateways: GatewayDirectory(sandbox.gateways), sandbox: sandbox, strings: strings)
        }
        let gateways = try configuration.enabledGateways.map {
            try GatewayFactory.connector(
                for: $0, currency: configuration.store.currency, strings: strings, storeServer: configuration.store.server)
        }
        var environment = TillEnvironment(
            store: configuration.store, ui: configuration.ui, scanner: configuration.scanner,
            printer: configuration.printer, security: configuration.security, journal: journal, journalPath: path,
            storeLocks: storeLocks, gateways: GatewayDirectory(gateways), sandbox: nil, strings: strings)
        environment.webhookVerifiers = configuration.enabledGateways.compactMap(GatewayFactory.webhookVerifier(for:))
        environment.relayLanes = configuration.store.lanes
        environment.relayAccount = configuration.gateway(.takemepay)
        return environment
    }

    /// A session for the store's order locks when `journal` is on PostgreSQL.
    private static func storeLocks(for journal: JournalStore, _ strings: Strings) throws -> PostgresAdvisoryLocks? {
        guard case .postgres(let address) = journal.location else { return nil }
        do { return try PostgresAdvisoryLocks(address: address) } catch { throw CLIError(error.message(in: strings), exitCode: 2) }
    }

    /// The configuration `loader` reads, or the first of its issues as a `CLIError` in `strings`'s language.
    static func configuration(_ loader: ConfigLoader, _ strings: Strings) throws -> TillConfiguration {
        do {
            return try loader.load()
        } catch {
            let issues = error.issues
            let first = issues.first?.message(in: strings) ?? strings[.configUnreadable]
            guard issues.count > 1 else { throw CLIError(first, exitCode: 2) }
            throw CLIError(strings.text(.configFirstOfMany, ["first": first, "count": String(issues.count - 1)]), exitCode: 2)
        }
    }

    /// The checkout flows, polling every `interval` (3 s; shorter only for the crash tests) for `window`.
    func checkout(
        window: Duration = .seconds(45), interval: Duration = .seconds(3), only gateway: GatewayID? = nil
    ) -> CheckoutService {
        let directory = gateway.map { id in GatewayDirectory(gateways.gateways.filter { $0.gatewayID == id }) } ?? gateways
        return CheckoutService(
            context: CheckoutContext(
                journal: journal, gateways: directory, clock: ContinuousClock(), wallClock: { Date() },
                makeOrderNumber: CheckoutContext.randomOrderNumber,
                timing: PollTiming(interval: interval, window: window)))
    }

    /// Stops the demo sandbox's background work and writes its state.
    func finish() {
        sandbox?.stop()
    }
}
