import TillCore

/// Till's effective configuration: the store, the gateway accounts, and the settings of later parts,
/// with where each value came from. No gateway configured means demo mode.
public struct TillConfiguration: Sendable, Equatable {
    /// The file it was read from; nil when there was none.
    public var file: String?
    public var store: StoreSettings
    /// The configured gateways (enabled or not), in `GatewayID.allCases` order.
    public var gateways: [GatewaySettings]
    public var scanner: ScannerSettings
    public var ui: UISettings
    public var journal: JournalSettings
    /// The receipt printer; nil when none is configured (receipts are shown, not printed).
    public var printer: PrinterSettings?
    public var security: SecuritySettings
    /// `[lane] id`: this counter's name in a store of several (on screen, on receipts); nil alone.
    public var lane: String?
    /// Every effective value, secrets masked, with its origin: what `till config check` prints.
    public var entries: [EffectiveEntry]
    /// Things worth knowing that are not errors (an environment variable that is not used, ...).
    public var notes: [String]

    public init(
        file: String?, store: StoreSettings, gateways: [GatewaySettings], scanner: ScannerSettings = ScannerSettings(),
        ui: UISettings = UISettings(), journal: JournalSettings = JournalSettings(), printer: PrinterSettings? = nil,
        security: SecuritySettings = SecuritySettings(), entries: [EffectiveEntry] = [], notes: [String] = []
    ) {
        self.file = file
        self.store = store
        self.gateways = gateways
        self.scanner = scanner
        self.ui = ui
        self.journal = journal
        self.printer = printer
        self.security = security
        self.entries = entries
        self.notes = notes
    }

    /// Demo mode: no gateway account is configured, so every gateway runs on the built-in sandbox.
    public var isDemo: Bool { gateways.isEmpty }

    /// The gateways that take payments.
    public var enabledGateways: [GatewaySettings] { gateways.filter(\.enabled) }

    /// The settings of one gateway, if the file configures it.
    public func gateway(_ id: GatewayID) -> GatewaySettings? { gateways.first { $0.id == id } }

    /// The configuration when there is no file at all.
    public static let demo = TillConfiguration(file: nil, store: .demo, gateways: [])
}
