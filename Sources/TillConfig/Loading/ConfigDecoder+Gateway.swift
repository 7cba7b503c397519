import Foundation
import TillCore
import TillStrings

/// The keys every gateway table shares: enabled, mode, base_url, webhook_url, brands.
extension ConfigDecoder {
    func decodeGateway(_ id: GatewayID, table: TOMLTable) -> GatewaySettings? {
        let reader = TableReader(decoder: self, table: table, path: "gateways.\(id.rawValue)")
        let issuesBefore = issues.count
        let enabled = reader.boolean("enabled")?.value ?? {
            record(reader.fullKey("enabled"), "true", .defaultValue)
            return true
        }()
        reader.checkKeys(allowed: allowedKeys(id), explained: explainedKeys(id))
        let account = decodeAccount(id, reader, required: enabled)
        let mode = account.mode ?? readMode(id, reader)
        let baseURL = decodeBaseURL(id, reader, mode: mode.value, required: enabled)
        let webhookURL = decodeWebhookURL(id, reader, mode: mode.value, required: enabled)
        let brands = decodeBrands(id, reader)
        guard issues.count == issuesBefore, let credentials = account.credentials, let baseURL, let brands else {
            if !enabled && issues.count == issuesBefore {
                note("[\(reader.path)] is disabled and incomplete, so it is ignored")
            }
            return nil
        }
        if case .motp(let account) = credentials, brands.contains(.alipay), account.alipayServiceID == nil {
            note("[\(reader.path)] offers Alipay by QuickPay only: MOTP's Native Pay answers WeChat Pay codes; for Alipay QR add alipay_service_id as your MOTP account gives it")
        }
        return GatewaySettings(
            id: id, enabled: enabled, mode: mode.value, baseURL: baseURL, webhookURL: webhookURL, brands: brands,
            credentials: credentials)
    }

    private func allowedKeys(_ id: GatewayID) -> [String] {
        let common = GatewayCatalog.commonKeys.filter { key in
            !(id == .takemepay && key == "mode") && !(key == "webhook_url" && !GatewayDescriptor.of(id).takesWebhook)
        }
        return common + GatewayCatalog.accountKeys(id)
    }

    private func explainedKeys(_ id: GatewayID) -> [String: (problem: ConfigPhrase, fix: ConfigPhrase)] {
        switch id {
        case .takemepay:
            ["mode": (.of(.issueModeFromPrefix), .of(.issueRemove, ["key": "mode"]))]
        case .motp:
            ["webhook_url": (.of(.issueMOTPNoCallback), .of(.issueRemove, ["key": "webhook_url"]))]
        case .tapin, .pomelo:
            [:]
        }
    }

    private func readMode(_ id: GatewayID, _ reader: TableReader) -> Read<GatewayMode> {
        let fallback = GatewayDescriptor.of(id).defaultMode
        guard let written = reader.string("mode", example: "\"test\"") else {
            if reader.table["mode"] == nil { record(reader.fullKey("mode"), "\"\(fallback)\"", .defaultValue) }
            return Read(value: fallback, origin: .defaultValue)
        }
        guard let mode = GatewayMode(rawValue: written.value) else {
            issue(
                at: written.origin, key: reader.fullKey("mode"), .of(.issueMode, ["value": StringQuoting.quoted(written.value)]),
                fix: .of(.issueModeFix))
            return Read(value: fallback, origin: written.origin)
        }
        return Read(value: mode, origin: written.origin)
    }

    private func decodeBaseURL(_ id: GatewayID, _ reader: TableReader, mode: GatewayMode, required: Bool) -> URL? {
        guard let written = reader.string("base_url", example: "\"https://api.example.com\"") else {
            if reader.table["base_url"] != nil { return nil }
            guard let text = GatewayDescriptor.of(id).baseURLs[mode] else {
                if required { reader.missing("base_url", fix: Self.baseURLNeeded(id)) }
                return nil
            }
            record(reader.fullKey("base_url"), "\(StringQuoting.quoted(text))", .derived("the \(mode) mode"))
            return URL(string: text)
        }
        let trimmed = written.value.hasSuffix("/") ? String(written.value.dropLast()) : written.value
        return checkedURL(Read(value: trimmed, origin: written.origin), key: reader.fullKey("base_url"), mode: mode)
    }

    /// Why a gateway without a default address for its mode needs `base_url`, and what to write.
    static func baseURLNeeded(_ id: GatewayID) -> ConfigPhrase {
        id == .pomelo ? .of(.issueBaseURLPomelo) : .of(.issueBaseURLNeeded, ["gateway": id.displayName])
    }

    private func decodeWebhookURL(_ id: GatewayID, _ reader: TableReader, mode: GatewayMode, required: Bool) -> URL? {
        guard GatewayDescriptor.of(id).takesWebhook else { return nil }
        guard let written = reader.string("webhook_url", example: "\"https://shop.example.com/webhooks/\(id.rawValue)\"") else {
            if GatewayDescriptor.of(id).webhook == .required && required && reader.table["webhook_url"] == nil {
                reader.missing(
                    "webhook_url",
                    fix: .of(.issueWebhookFix))
            }
            return nil
        }
        return checkedURL(written, key: reader.fullKey("webhook_url"), mode: mode)
    }

    /// An absolute http(s) URL; plain HTTP only to this machine, and only in test mode.
    func checkedURL(_ written: Read<String>, key: String, mode: GatewayMode) -> URL? {
        let keyName = key.split(separator: ".").last.map(String.init) ?? key
        guard let url = URL(string: written.value), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
            scheme == "https" || scheme == "http"
        else {
            issue(at: written.origin, key: key, .of(.issueNotHTTPS), fix: .of(.issueNotHTTPSFix, ["key": keyName]))
            return nil
        }
        guard url.user == nil && url.password == nil else {
            issue(at: written.origin, key: key, .of(.issueURLCredentials), fix: .of(.issueURLCredentialsFix))
            return nil
        }
        guard scheme == "http" else { return url }
        let loopback = host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
        if mode == .live {
            issue(at: written.origin, key: key, .of(.issueLiveHTTP), fix: .of(.issueLiveHTTPFix))
            return nil
        }
        guard loopback else {
            issue(at: written.origin, key: key, .of(.issueHTTPLocalOnly), fix: .of(.issueHTTPSFix))
            return nil
        }
        return url
    }

    private func decodeBrands(_ id: GatewayID, _ reader: TableReader) -> [Brand]? {
        let supported = GatewayDescriptor.of(id).supportedBrands
        let supportedText = supported.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard let written = reader.strings("brands", example: "[\(supportedText)]") else {
            if reader.table["brands"] != nil { return nil }
            let defaults = GatewayDescriptor.of(id).defaultBrands
            record(reader.fullKey("brands"), "[" + defaults.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]", .defaultValue)
            return defaults
        }
        let key = reader.fullKey("brands")
        guard !written.value.isEmpty else {
            issue(at: written.origin, key: key, .of(.issueNoBrand), fix: .of(.issueNoBrandFix, ["supported": supportedText]))
            return nil
        }
        var brands: [Brand] = []
        for name in written.value {
            guard let brand = Brand(rawValue: name) else {
                var names = ["gateway": id.displayName, "supported": supportedText]
                names["guess"] = EditDistance.suggestion(for: name, among: Brand.allCases.map(\.rawValue))
                let fix: ConfigPhrase = .of(names["guess"] == nil ? .issueUnknownBrandFix : .issueUnknownBrandGuessFix, names)
                issue(at: written.origin, key: key, .of(.issueUnknownBrand, ["name": StringQuoting.quoted(name)]), fix: fix)
                return nil
            }
            guard supported.contains(brand) else {
                issue(
                    at: written.origin, key: key, .of(.issueBrandNotOffered, ["gateway": id.displayName, "name": StringQuoting.quoted(name)]),
                    fix: .of(.issueBrandNotOfferedFix, ["supported": supportedText]))
                return nil
            }
            guard !brands.contains(brand) else {
                issue(
                    at: written.origin, key: key, .of(.issueBrandTwice, ["name": StringQuoting.quoted(name)]), fix: .of(.issueBrandTwiceFix))
                return nil
            }
            brands.append(brand)
        }
        return brands
    }
}
