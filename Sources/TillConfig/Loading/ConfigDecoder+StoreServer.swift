import Foundation
import TillCore
import TillStrings

/// `[store] server` and `token` (a lane whose store server makes TakeMe Pay's secret-key calls), and
/// `[store.lanes]` (the store server's list of those lanes and their tokens).
extension ConfigDecoder {
    /// Key names whose values are secrets besides the gateways' own: a lane's token, and every
    /// value under `[store.lanes]`.
    static let storeSecretKeys: Set<String> = ["token", "lanes"]

    static let exampleServer = "\"https://store.example.com\""
    static let exampleToken = "\"...\""

    /// The lane's link to its store server; nil when there is none (or it has a problem, reported).
    func decodeStoreServer(_ reader: TableReader) -> StoreServerLink? {
        let written = reader.string("server", example: Self.exampleServer)
        let token = reader.secret("token", environmentName: "TILL_STORE_TOKEN", example: Self.exampleToken)
        guard let written else {
            if let token, reader.table["server"] == nil {
                issue(at: token.origin, key: "store.token", .of(.issueTokenWithoutServer), fix: .of(.issueTokenWithoutServerFix))
            }
            return nil
        }
        let url = checkedURL(written, key: "store.server", mode: .test)
        guard let token else {
            if reader.table["token"] == nil {
                reader.missing("token", fix: TableReader.writeOrSet("token", Self.exampleToken, "TILL_STORE_TOKEN"))
            }
            return nil
        }
        guard StoreServerLink.isAcceptableToken(token.value.reveal()) else {
            issue(at: token.origin, key: "store.token", .of(.issueStoreToken), fix: .of(.issueStoreTokenFix))
            return nil
        }
        return url.map { StoreServerLink(url: $0, token: token.value) }
    }

    /// `[store.lanes]`: each key a lane's name, each value its token (shown masked, never echoed).
    func decodeLanes(_ reader: TableReader, hasServer: Bool) -> [LaneToken] {
        guard let table = reader.table("lanes") else { return [] }
        if hasServer {
            issue(line: table.line > 0 ? table.line : nil, key: "store.lanes", .of(.issueServerAndLanes), fix: .of(.issueServerAndLanesFix))
            return []
        }
        let lanes = TableReader(decoder: self, table: table, path: "store.lanes")
        var found: [LaneToken] = []
        for name in table.keys {
            guard let value = table[name] else { continue }
            let key = lanes.fullKey(name)
            guard isLaneName(name) else {
                issue(line: value.line, key: key, .of(.issueLaneID), fix: .of(.issueLaneIDFix))
                continue
            }
            guard let text = value.stringValue else {
                issue(line: value.line, key: key, TableReader.wrongType(value, expected: .typeString), fix: TableReader.write(name, Self.exampleToken))
                continue
            }
            guard StoreServerLink.isAcceptableToken(text), !TableReader.isPlaceholder(text) else {
                issue(line: value.line, key: key, .of(.issueStoreToken), fix: .of(.issueStoreTokenFix))
                continue
            }
            if let same = found.first(where: { $0.token.reveal() == text }) {
                issue(line: value.line, key: key, .of(.issueLaneTokenReused, ["lane": same.lane]), fix: .of(.issueLaneTokenReusedFix))
                continue
            }
            let token = Secret(text)
            record(key, "\"\(token.masked)\"", lanes.origin(value))
            found.append(LaneToken(lane: name, token: token))
        }
        return found
    }

    /// A store server with lanes needs TakeMe Pay's secret key to make their calls with.
    func checkLanesHaveSecretKey(_ store: StoreSettings, _ gateways: [GatewaySettings], storeTable: TOMLTable?) {
        guard !store.lanes.isEmpty, gateways.first(where: { $0.id == .takemepay })?.takemepay?.secretKey == nil else { return }
        let line = storeTable?["lanes"]?.line
        issue(line: line, key: "store.lanes", .of(.issueLanesNeedSecretKey), fix: .of(.issueLanesNeedSecretKeyFix))
    }

    /// A TakeMe Pay secret key on a lane whose store server makes the secret-key calls: refused, so
    /// the key is never on the counter by mistake (a copied file, a variable left set).
    func refuseSecretKeyOnLane(_ reader: TableReader) {
        let variable = GatewayCatalog.environmentName(.takemepay, "secret_key")
        let origin: ValueOrigin
        if environment[variable]?.isEmpty == false {
            origin = .environment(variable)
        } else if let value = reader.table["secret_key"] {
            origin = reader.origin(value)
        } else {
            return
        }
        issue(at: origin, key: reader.fullKey("secret_key"), .of(.issueSecretKeyOnLane), fix: .of(.issueSecretKeyOnLaneFix, ["variable": variable]))
    }

    /// `[lane] id`'s rule: 1 to 32 letters, digits, `-` or `_`.
    func isLaneName(_ text: String) -> Bool {
        (1...32).contains(text.count)
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}
