import TillCore
import TillStrings

/// The account keys of each gateway, in the names of its specification.
extension ConfigDecoder {
    typealias Account = (credentials: GatewayCredentials?, mode: Read<GatewayMode>?)

    func decodeAccount(_ id: GatewayID, _ reader: TableReader, required: Bool) -> Account {
        switch id {
        case .takemepay: decodeTakeMePay(reader, required: required)
        case .tapin: (decodeTapIn(reader, required: required).map(GatewayCredentials.tapin), nil)
        case .pomelo: (decodePomelo(reader, required: required).map(GatewayCredentials.pomelo), nil)
        case .motp: (decodeMOTP(reader, required: required).map(GatewayCredentials.motp), nil)
        }
    }

    /// A secret from the environment or the file; an issue when it is missing and required.
    private func secret(_ reader: TableReader, _ key: String, required: Bool, example: String) -> Read<Secret>? {
        let id = GatewayID(rawValue: String(reader.path.dropFirst("gateways.".count))) ?? .takemepay
        let environmentName = GatewayCatalog.environmentName(id, key)
        let found = reader.secret(key, environmentName: environmentName, example: example)
        if found == nil, required, reader.table[key] == nil {
            reader.missing(key, fix: TableReader.writeOrSet(key, example, environmentName))
        }
        return found
    }

    private func required<T>(_ read: Read<T>?, _ reader: TableReader, _ key: String, required: Bool, example: String) -> Read<T>? {
        if read == nil, required, reader.table[key] == nil { reader.missing(key, fix: TableReader.write(key, example)) }
        return read
    }

    /// On a lane whose store server makes the secret-key calls (`[store] server`), the public key
    /// alone, and a secret key is refused.
    private func decodeTakeMePay(_ reader: TableReader, required: Bool) -> Account {
        let publicKey = secret(reader, "public_key", required: required, example: "\"pk_test_...\"")
        if isRelayedLane { refuseSecretKeyOnLane(reader) }
        let secretKey = isRelayedLane ? nil : secret(reader, "secret_key", required: required, example: "\"sk_test_...\"")
        let webhookSecret = secret(reader, "webhook_secret", required: false, example: "\"wesec_...\"")
        let publicMode = keyMode(publicKey, kind: "pk", key: reader.fullKey("public_key"))
        let secretMode = keyMode(secretKey, kind: "sk", key: reader.fullKey("secret_key"))
        guard let publicKey, let publicMode, isRelayedLane || secretMode != nil else { return (nil, nil) }
        if let secretKey, let secretMode, publicMode != secretMode {
            issue(
                at: secretKey.origin, key: reader.fullKey("secret_key"),
                .of(.issueKeysMixed, ["secret": "\(secretMode)", "public": "\(publicMode)"]), fix: .of(.issueKeysMixedFix))
            return (nil, nil)
        }
        record(reader.fullKey("mode"), "\"\(publicMode)\"", .derived("the key prefixes"))
        let credentials = TakeMePayCredentials(publicKey: publicKey.value, secretKey: secretKey?.value, webhookSecret: webhookSecret?.value)
        return (.takemepay(credentials), Read(value: publicMode, origin: .derived("the key prefixes")))
    }

    /// The mode a TakeMe Pay key's prefix names; an issue when the prefix is not `kind_test_`/`kind_live_`.
    private func keyMode(_ read: Read<Secret>?, kind: String, key: String) -> GatewayMode? {
        guard let read else { return nil }
        let text = read.value.reveal()
        for mode in GatewayMode.allCases where text.hasPrefix("\(kind)_\(mode)_") { return mode }
        let other = kind == "pk" ? "sk" : "pk"
        let looksSwapped = GatewayMode.allCases.contains { text.hasPrefix("\(other)_\($0)_") }
        let keyName = key.split(separator: ".").last.map(String.init) ?? key
        let swapped: ConfigPhrase = .of(other == "sk" ? .issueHoldsSecretKey : .issueHoldsPublicKey)
        issue(
            at: read.origin, key: key, looksSwapped ? swapped : .of(.issueKeyPrefix, ["kind": kind]),
            fix: .of(.issueKeyPrefixFix, ["key": keyName, "kind": kind]))
        return nil
    }

    private func decodeTapIn(_ reader: TableReader, required: Bool) -> TapInCredentials? {
        let vendor = self.required(
            reader.integer("vendor_id", example: "25467 (a number, no quotes)"), reader, "vendor_id", required: required, example: "25467")
        let ssCode = secret(reader, "ss_code", required: required, example: "\"...\"")
        if let vendor, vendor.value <= 0 {
            issue(at: vendor.origin, key: reader.fullKey("vendor_id"), .of(.issuePositive), fix: .of(.issueVendorFix))
            return nil
        }
        let limitDays = boundedInteger(
            reader, "limit_days", default: 1, range: 1...3650,
            why: .whyTapInDays)
        guard let vendor, let ssCode, let limitDays else { return nil }
        return TapInCredentials(vendorID: vendor.value, ssCode: ssCode.value, limitDays: limitDays)
    }

    private func decodePomelo(_ reader: TableReader, required: Bool) -> PomeloCredentials? {
        let apiKey = secret(reader, "api_key", required: required, example: "\"...\"")
        let clientID = self.required(
            reader.identifier("client_id", example: "\"123456789\""), reader, "client_id", required: required, example: "\"123456789\"")
        var method = PomeloSignMethod.sha1
        if let written = reader.string("sign_method", example: "\"sha1\"") {
            guard let known = PomeloSignMethod(rawValue: written.value.lowercased()) else {
                issue(
                    at: written.origin, key: reader.fullKey("sign_method"),
                    .of(.issueSignMethod, ["value": StringQuoting.quoted(written.value)]), fix: .of(.issueSignMethodFix))
                return nil
            }
            method = known
        } else if reader.table["sign_method"] == nil {
            record(reader.fullKey("sign_method"), "\"sha1\"", .defaultValue)
        }
        let expires = boundedInteger(
            reader, "expires_minutes", default: 60, range: 60...525_600,
            why: .whyPomeloExpires)
        guard let apiKey, let clientID, let expires else { return nil }
        return PomeloCredentials(apiKey: apiKey.value, clientID: clientID.value, signMethod: method, expiresMinutes: expires)
    }

    private func decodeMOTP(_ reader: TableReader, required: Bool) -> MOTPCredentials? {
        let user = self.required(reader.string("user", example: "\"shop-user\""), reader, "user", required: required, example: "\"shop-user\"")
        let password = secret(reader, "password", required: required, example: "\"...\"")
        let storeID = self.required(
            reader.identifier("store_id", example: "\"109038\""), reader, "store_id", required: required, example: "\"109038\"")
        let native = serviceID(reader, "native_service_id", default: 30)
        // No default: without a service of its own, Native Pay answers WeChat Pay codes only.
        let alipay: Int64?? = reader.table["alipay_service_id"] == nil
            ? .some(nil) : serviceID(reader, "alipay_service_id", default: nil).map { .some($0) }
        let quick = serviceID(reader, "quick_service_id", default: 2)
        let refund = serviceID(reader, "refund_service_id", default: 30)
        guard let user, let password, let storeID, let native, let alipay, let quick, let refund else { return nil }
        return MOTPCredentials(
            user: user.value, password: password.value, storeID: storeID.value, nativeServiceID: native,
            alipayServiceID: alipay, quickServiceID: quick, refundServiceID: refund)
    }

    /// A whole number in `range`, or `fallback` when the key is absent (recorded as the default).
    private func boundedInteger(
        _ reader: TableReader, _ key: String, default fallback: Int64, range: ClosedRange<Int64>, why: CommandLineKey
    ) -> Int64? {
        guard let written = reader.integer(key, example: "\(fallback)") else {
            if reader.table[key] != nil { return nil }
            record(reader.fullKey(key), "\(fallback)", .defaultValue)
            return fallback
        }
        guard range.contains(written.value) else {
            issue(
                at: written.origin, key: reader.fullKey(key),
                .phrase(.issueOutOfRange, ["value": .text(String(written.value)), "why": .word(why)]),
                fix: .of(.issueOutOfRangeFix, [
                    "key": key, "fallback": String(fallback), "low": String(range.lowerBound), "high": String(range.upperBound),
                ]))
            return nil
        }
        return written.value
    }

    private func serviceID(_ reader: TableReader, _ key: String, default fallback: Int64?) -> Int64? {
        let example = fallback.map { "\($0)" } ?? "31"
        guard let written = reader.integer(key, example: example) else {
            guard reader.table[key] == nil, let fallback else { return nil }
            record(reader.fullKey(key), "\(fallback)", .defaultValue)
            return fallback
        }
        guard written.value > 0 else {
            let fix: ConfigPhrase = fallback.map { .of(.issueServiceFix, ["key": key, "value": String($0)]) }
                ?? .of(.issueServiceFixNoDefault)
            issue(at: written.origin, key: reader.fullKey(key), .of(.issuePositive), fix: fix)
            return nil
        }
        return written.value
    }
}
