import Foundation
import TillCore

/// Turns a parsed TOML document into a `TillConfiguration`, collecting every problem instead of
/// stopping at the first, and noting where each effective value came from.
final class ConfigDecoder {
    let file: String
    let environment: [String: String]
    private(set) var issues: [ConfigIssue] = []
    private(set) var entries: [EffectiveEntry] = []
    private(set) var notes: [String] = []
    /// True when `[store] server` is written: this lane holds no TakeMe Pay secret key.
    private(set) var isRelayedLane = false

    static let topLevelKeys = ["store", "gateways", "scanner", "ui", "journal", "printer", "security", "lane"]

    init(file: String, environment: [String: String]) {
        self.file = file
        self.environment = environment
    }

    func issue(line: Int?, key: String?, _ problem: ConfigPhrase, fix: ConfigPhrase) {
        issues.append(ConfigIssue(file: file, line: line, key: key, problem: problem, fix: fix))
    }

    func issue(at origin: ValueOrigin, key: String, _ problem: ConfigPhrase, fix: ConfigPhrase) {
        switch origin {
        case .environment(let name):
            issues.append(
                ConfigIssue(file: "environment variable \(name)", line: nil, key: key, problem: problem, fix: fix))
        case .file(_, let line):
            issue(line: line, key: key, problem, fix: fix)
        case .defaultValue, .derived:
            issue(line: nil, key: key, problem, fix: fix)
        }
    }

    func record(_ key: String, _ shown: String, _ origin: ValueOrigin) {
        entries.append(EffectiveEntry(key: key, shown: shown, origin: origin))
    }

    func note(_ text: String) {
        notes.append(text)
    }

    func decode(_ root: TOMLTable) throws(ConfigurationError) -> TillConfiguration {
        let reader = TableReader(decoder: self, table: root, path: "")
        reader.checkKeys(allowed: Self.topLevelKeys)
        let gatewaysTable = reader.table("gateways")
        isRelayedLane = root["store"]?.tableValue?["server"] != nil
        let store = decodeStore(reader.table("store"), needsCurrency: gatewaysTable?.keys.isEmpty == false)
        let gateways = decodeGateways(gatewaysTable)
        let scanner = decodeScanner(reader.table("scanner"))
        let ui = decodeUI(reader.table("ui"))
        let journal = decodeJournal(reader.table("journal"))
        let printer = decodePrinter(reader.table("printer"))
        let security = decodeSecurity(reader.table("security"))
        let lane = decodeLane(reader.table("lane"))
        if let store {
            checkGatewayCurrencies(store.currency, gateways, storeTable: root["store"]?.tableValue)
            checkLanesHaveSecretKey(store, gateways, storeTable: root["store"]?.tableValue)
        }
        noteUnusedEnvironment(configured: Set(gateways.map(\.id)))
        if !gateways.isEmpty && gateways.allSatisfy({ !$0.enabled }) {
            note("every gateway is disabled (enabled = false): Till cannot take a payment until one is enabled")
        }
        guard issues.isEmpty, let store else {
            throw ConfigurationError(issues: issues.enumerated().sorted { lhs, rhs in
                (lhs.element.line ?? Int.max, lhs.offset) < (rhs.element.line ?? Int.max, rhs.offset)
            }.map(\.element))
        }
        var configuration = TillConfiguration(
            file: file, store: store, gateways: gateways, scanner: scanner, ui: ui, journal: journal, printer: printer,
            security: security, entries: entries, notes: notes)
        configuration.lane = lane
        return configuration
    }

    private func decodeGateways(_ table: TOMLTable?) -> [GatewaySettings] {
        guard let table else { return [] }
        let reader = TableReader(decoder: self, table: table, path: "gateways")
        reader.checkKeys(allowed: GatewayID.allCases.map(\.rawValue), gateways: true)
        return GatewayID.allCases.compactMap { id in
            reader.table(id.rawValue).flatMap { decodeGateway(id, table: $0) }
        }
    }

    /// TakeMe Pay takes JPY alone (its documents list no other currency), and every sale is in the
    /// store's one currency: an enabled TakeMe Pay account in a store of another currency could never
    /// take a payment. Demo mode has no gateway table, so it never meets this check.
    private func checkGatewayCurrencies(_ currency: Currency, _ gateways: [GatewaySettings], storeTable: TOMLTable?) {
        guard currency.code != "JPY", gateways.contains(where: { $0.id == .takemepay && $0.enabled }) else { return }
        issue(
            line: storeTable?["currency"]?.line ?? storeTable.flatMap { $0.line > 0 ? $0.line : nil }, key: "store.currency",
            .of(.issueTakeMePayJPY, ["code": currency.code]), fix: .of(.issueTakeMePayJPYFix))
    }

    /// A secret in the environment for a gateway the file does not configure is ignored: say so.
    private func noteUnusedEnvironment(configured: Set<GatewayID>) {
        for id in GatewayID.allCases where !configured.contains(id) {
            for key in GatewayCatalog.accountKeys(id) where GatewayCatalog.secretKeys.contains(key) {
                let name = GatewayCatalog.environmentName(id, key)
                if environment[name]?.isEmpty == false {
                    note("$\(name) is set but the file has no [gateways.\(id.rawValue)] table, so it is not used")
                }
            }
        }
    }
}
