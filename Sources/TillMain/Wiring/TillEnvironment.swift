import Checkout
import Foundation
import Gateways
import Journal
import Sandbox
import TillConfig
import TillCore

/// What a checkout command runs with: the store, the journal, the gateways (real or, in demo mode,
/// the built-in sandbox) and the checkout flows built on them.
struct TillEnvironment: Sendable {
    /// The one line every command prints in demo mode.
    static let demoNotice = "Demo mode: no configuration, every gateway runs on the built-in sandbox."

    let store: StoreSettings
    let ui: UISettings
    let scanner: ScannerSettings
    /// The receipt printer, when one is configured.
    var printer: PrinterSettings?
    /// The manager's PIN (stored form), when one is set.
    var security = SecuritySettings()
    let journal: JournalStore
    let journalPath: String
    let gateways: GatewayDirectory
    /// The in-process sandbox in demo mode; nil with a configuration.
    let sandbox: DemoSandbox?

    var isDemo: Bool { sandbox != nil }

    /// Reads the configuration (`--config`, else the default place), opens the journal (`--journal`,
    /// else `[journal] path`, else the default) and builds a connector per enabled gateway. No file,
    /// or a file without gateway tables, is demo mode.
    static func load(configPath: String?, journalPath: String?, demoBuyerDelay: Double) throws -> TillEnvironment {
        let configuration = try loadConfiguration(ConfigLoader(explicitPath: configPath))
        var environment = try connect(configuration, journalPath: journalPath, demoBuyerDelay: demoBuyerDelay)
        environment.printer = configuration.printer
        environment.security = configuration.security
        return environment
    }

    private static func connect(
        _ configuration: TillConfiguration, journalPath: String?, demoBuyerDelay: Double
    ) throws -> TillEnvironment {
        let path = (journalPath ?? configuration.journal.path.map { ($0 as NSString).expandingTildeInPath }) ?? JournalStore.defaultPath()
        let journal: JournalStore
        do {
            journal = try JournalStore(path: path)
        } catch {
            throw CLIError(error.description, exitCode: 2)
        }
        if configuration.isDemo {
            printError(demoNotice)
            let stateFile = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("demo-sandbox.json")
            let sandbox = try DemoSandbox(currency: configuration.store.currency, stateFile: stateFile, buyerDelay: demoBuyerDelay)
            return TillEnvironment(
                store: configuration.store, ui: configuration.ui, scanner: configuration.scanner, journal: journal,
                journalPath: path,
                gateways: GatewayDirectory(sandbox.gateways), sandbox: sandbox)
        }
        let gateways = try configuration.enabledGateways.map {
            try GatewayFactory.connector(for: $0, currency: configuration.store.currency)
        }
        return TillEnvironment(
            store: configuration.store, ui: configuration.ui, scanner: configuration.scanner, journal: journal,
            journalPath: path, gateways: GatewayDirectory(gateways),
            sandbox: nil)
    }

    private static func loadConfiguration(_ loader: ConfigLoader) throws -> TillConfiguration {
        do {
            return try loader.load()
        } catch {
            let issues = error.issues
            let first = issues.first.map(\.description) ?? "the configuration cannot be read"
            let more = issues.count > 1 ? " (and \(issues.count - 1) more: run `till config check`)" : ""
            throw CLIError("\(first)\(more)", exitCode: 2)
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
