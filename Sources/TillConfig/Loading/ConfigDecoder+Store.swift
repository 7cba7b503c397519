import TillCore
import TillStrings

/// `[store]`, `[scanner]`, `[ui]` and `[journal]`.
extension ConfigDecoder {
    static let storeKeys = ["name", "currency", "max_sale", "receipt_header", "server", "token", "lanes"]

    func decodeStore(_ table: TOMLTable?, needsCurrency: Bool) -> StoreSettings? {
        let reader = TableReader(decoder: self, table: table ?? TOMLTable(), path: "store")
        reader.checkKeys(allowed: Self.storeKeys)
        let name = reader.string("name", example: "\"Corner Shop\"")?.value ?? {
            record("store.name", "\"\(StoreSettings.demo.name)\"", .defaultValue)
            return StoreSettings.demo.name
        }()
        guard let currency = decodeCurrency(reader, needsCurrency: needsCurrency) else { return nil }
        let header = reader.string("receipt_header", example: "\"Corner Shop\\nMain Street 1\"")?.value
        let maximum = decodeMaximumSale(reader, currency: currency)
        let server = decodeStoreServer(reader)
        let lanes = decodeLanes(reader, hasServer: reader.table["server"] != nil)
        guard maximum.isValid else { return nil }
        return StoreSettings(
            name: name, currency: currency, maximumSale: maximum.money, receiptHeader: header, server: server, lanes: lanes)
    }

    private func decodeCurrency(_ reader: TableReader, needsCurrency: Bool) -> Currency? {
        guard let code = reader.string("currency", example: "\"JPY\"") else {
            if reader.table["currency"] != nil { return nil }
            if needsCurrency {
                reader.missing("currency", fix: .of(.issueCurrencyMissingFix))
                return nil
            }
            record("store.currency", "\"\(StoreSettings.demo.currency.code)\"", .defaultValue)
            return StoreSettings.demo.currency
        }
        guard let currency = Currency(code: code.value) else {
            issue(
                at: code.origin, key: "store.currency", .of(.issueCurrency, ["value": StringQuoting.quoted(code.value)]),
                fix: .of(.issueCurrencyFix))
            return nil
        }
        return currency
    }

    /// Not valid on an issue; valid with no money when there is no maximum (the store takes the
    /// currency's default).
    private func decodeMaximumSale(_ reader: TableReader, currency: Currency) -> (isValid: Bool, money: Money?) {
        guard let value = reader.table["max_sale"] else {
            // `till config check` shows the limit that applies, the currency's default.
            record("store.max_sale", "\"\(StoreSettings.defaultMaximumSale(for: currency).decimalText)\"", .defaultValue)
            return (true, nil)
        }
        let example = Self.exampleAmount(currency)
        let text: String
        switch value.kind {
        case .string(let written): text = written
        case .integer(let whole): text = String(whole)
        default:
            issue(
                line: value.line, key: "store.max_sale", TableReader.wrongType(value, expected: .expectAmount),
                fix: TableReader.write("max_sale", "\"\(example)\""))
            return (false, nil)
        }
        record("store.max_sale", "\(StringQuoting.quoted(text))", .file(path: file, line: value.line))
        guard let money = try? Money.parse(decimalText: text, currency: currency), money.minorUnits > 0 else {
            issue(
                line: value.line, key: "store.max_sale", .of(.issueMaxSale, ["value": StringQuoting.quoted(text), "code": currency.code]),
                fix: .of(.issueMaxSaleFix, ["count": String(currency.minorUnitExponent), "example": example]))
            return (false, nil)
        }
        return (true, money)
    }

    static func exampleAmount(_ currency: Currency) -> String {
        currency.minorUnitExponent == 0 ? "50000" : "500." + String(repeating: "0", count: currency.minorUnitExponent)
    }

    func decodeScanner(_ table: TOMLTable?) -> ScannerSettings {
        let reader = TableReader(decoder: self, table: table ?? TOMLTable(), path: "scanner")
        reader.checkKeys(allowed: ["gap_ms"])
        guard let gap = reader.integer("gap_ms", example: "50") else {
            if reader.table["gap_ms"] == nil { record("scanner.gap_ms", "50", .defaultValue) }
            return ScannerSettings()
        }
        guard (1...1000).contains(gap.value) else {
            issue(at: gap.origin, key: "scanner.gap_ms", .of(.issueGap, ["value": String(gap.value)]), fix: TableReader.write("gap_ms", "50"))
            return ScannerSettings()
        }
        return ScannerSettings(gapMilliseconds: Int(gap.value))
    }

    func decodeUI(_ table: TOMLTable?) -> UISettings {
        let reader = TableReader(decoder: self, table: table ?? TOMLTable(), path: "ui")
        reader.checkKeys(allowed: ["theme", "language"])
        var language: Language?
        if let read = reader.string("language", example: "\"ja\"") {
            language = Language(setting: read.value)
            if language == nil {
                issue(
                    at: read.origin, key: "ui.language", .of(.issueLanguage, ["value": StringQuoting.quoted(read.value)]),
                    fix: .of(.issueLanguageFix))
            }
        }
        return UISettings(theme: reader.string("theme", example: "\"default\"")?.value, language: language)
    }

    func decodeJournal(_ table: TOMLTable?) -> JournalSettings {
        let reader = TableReader(decoder: self, table: table ?? TOMLTable(), path: "journal")
        reader.checkKeys(allowed: ["path", "url"])
        var settings = JournalSettings()
        if let url = reader.string("url", example: "\"postgresql://till@127.0.0.1:5432/till\"") {
            if url.value.hasPrefix("postgresql://") || url.value.hasPrefix("postgres://") {
                settings.url = url.value
            } else {
                issue(at: url.origin, key: "journal.url", .of(.issueJournalURL), fix: .of(.issueJournalURLFix))
            }
        }
        guard let path = reader.string("path", example: "\"~/till/journal.sqlite\"") else { return settings }
        guard !path.value.isEmpty else {
            issue(at: path.origin, key: "journal.path", .of(.issueEmpty), fix: .of(.issueJournalPathFix))
            return settings
        }
        settings.path = expandingTilde(path.value)
        return settings
    }

    /// `[lane] id`: 1 to 32 letters, digits, `-` or `_`, as it is printed on receipts and matched in reports.
    func decodeLane(_ table: TOMLTable?) -> String? {
        let reader = TableReader(decoder: self, table: table ?? TOMLTable(), path: "lane")
        reader.checkKeys(allowed: ["id"])
        guard let id = reader.string("id", example: "\"counter-2\"") else { return nil }
        guard isLaneName(id.value) else {
            issue(at: id.origin, key: "lane.id", .of(.issueLaneID), fix: .of(.issueLaneIDFix))
            return nil
        }
        return id.value
    }

    private func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
