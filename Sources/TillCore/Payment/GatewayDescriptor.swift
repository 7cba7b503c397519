/// One gateway as Till knows it before any account is read: the brands it can carry, the keys of its
/// configuration table (and which of them are secrets), its documented addresses, whether it calls
/// back, and the published test account of Till's sandbox. The configuration, the wiring and the
/// sandbox all read these four values, so each gateway is described in one place.
public struct GatewayDescriptor: Sendable {
    /// A key of the gateway's own configuration table, in the name its document uses.
    public struct AccountKey: Sendable, Equatable {
        public let name: String
        /// A credential: masked wherever it is shown, and read from `$TILL_<GATEWAY>_<KEY>` first.
        public let isSecret: Bool
    }

    /// Whether the gateway calls back to an address Till gives it (`webhook_url`).
    public enum WebhookUse: Sendable, Equatable {
        /// It never calls back: Till asks.
        case none
        /// It calls back when an address is configured.
        case optional
        /// Every payment needs the address (TapIn's `webhook` member).
        case required
    }

    /// A value of the sandbox's test account, as the configuration file writes it.
    public enum AccountValue: Sendable, Equatable {
        case text(String)
        case integer(Int64)

        /// The value as plain text (`25467`, `till_sandbox`).
        public var plainText: String {
            switch self {
            case .text(let text): text
            case .integer(let number): String(number)
            }
        }
    }

    public let id: GatewayID
    /// Every brand the gateway can carry.
    public let supportedBrands: [Brand]
    /// The brands offered when the table lists none.
    public let defaultBrands: [Brand]
    /// The gateway's own keys, in the names of its document.
    public let accountKeys: [AccountKey]
    /// The documented base URL of each mode; a mode missing here has no public address.
    public let baseURLs: [GatewayMode: String]
    /// The mode of an account whose table does not say (TakeMe Pay's comes from its key prefixes).
    public let defaultMode: GatewayMode
    /// Whether the gateway calls back to an address Till gives it (`webhook_url`).
    public let webhook: WebhookUse
    /// The length of the longest QR payload the gateway is known to answer (a `weixin://` link, a
    /// checkout URL): the counter checks that a code this long fits its window before it creates one.
    public let qrPayloadLength: Int
    /// Where Till's sandbox serves this gateway, below the sandbox's address.
    public let sandboxPath: String
    /// The sandbox's published test account, in the order a configuration file writes it. It opens
    /// nothing but the sandbox.
    public let sandboxAccount: [(key: String, value: AccountValue)]

    /// The descriptor of `id`.
    public static func of(_ id: GatewayID) -> GatewayDescriptor {
        switch id {
        case .takemepay: .takeMePay
        case .tapin: .tapIn
        case .pomelo: .pomelo
        case .motp: .motp
        }
    }

    /// Whether `webhook_url` belongs in the gateway's table.
    public var takesWebhook: Bool { webhook != .none }

    /// The names of the keys that hold credentials.
    public var secretKeys: [String] { accountKeys.filter(\.isSecret).map(\.name) }

    /// The text the sandbox account holds under `key` ("" when it has none: a programming error the
    /// sandbox's own tests catch).
    public func sandboxText(_ key: String) -> String {
        sandboxAccount.first(where: { $0.key == key })?.value.plainText ?? ""
    }

    /// The whole number the sandbox account holds under `key` (0 when it has none).
    public func sandboxInteger(_ key: String) -> Int64 {
        if case .integer(let number) = sandboxAccount.first(where: { $0.key == key })?.value { return number }
        return 0
    }
}

extension GatewayDescriptor.AccountKey {
    static func plain(_ name: String) -> Self { Self(name: name, isSecret: false) }
    static func secret(_ name: String) -> Self { Self(name: name, isSecret: true) }
}
