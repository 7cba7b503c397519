import TillStrings

/// What went wrong, in terms a cashier can act on. Each case keeps the gateway's raw code and message
/// (when there is one) for the journal and the logs; `message` is the one sentence for the screen.
public enum CashierError: Error, Equatable, Sendable {
    /// The buyer's wallet or bank refused the payment.
    case declined(GatewayRawError?)
    /// The scanned buyer code is expired, already used or not a payment code.
    case buyerCodeInvalid(GatewayRawError?)
    /// The gateway answered with a server error, a 429 or a code that settles nothing: the request may
    /// have been carried out all the same, so Till asks by the order number before anything else.
    case gatewayUnavailable(GatewayRawError?)
    /// The request never left Till (the connection could not be opened): the gateway did nothing.
    case notReached(GatewayRawError?)
    /// The gateway refused the request itself (bad parameter, signature, credentials).
    case requestRefused(GatewayRawError?)
    /// The gateway does not offer this at all (TapIn and Pomelo refunds).
    case notOffered(gateway: GatewayID, what: String)
    /// Till's configuration is wrong; the text says what to change.
    case configuration(String)
    /// The gateway does not take this amount (Pomelo Pay: less than 100 minor units); the text says
    /// which amounts it takes.
    case amountNotAccepted(String)
    /// The gateway's answer did not match what was sent (amount, currency) or could not be read.
    case unexpectedAnswer(GatewayRawError?)
    /// The store server that makes this lane's secret-key calls refused the call (a wrong token, a
    /// call it does not make, no secret key of its own): nothing reached the gateway.
    case storeServerRefused(StoreServerRefusal)

    /// The gateway's own code and message behind this error, if any.
    public var raw: GatewayRawError? {
        switch self {
        case .declined(let raw), .buyerCodeInvalid(let raw), .gatewayUnavailable(let raw), .notReached(let raw),
            .requestRefused(let raw), .unexpectedAnswer(let raw):
            raw
        case .notOffered, .configuration, .amountNotAccepted, .storeServerRefused:
            nil
        }
    }

    /// Whether the gateway said no for certain. A server error or an unreadable answer is not: the
    /// request may have been carried out all the same.
    public var isDefinitive: Bool {
        switch self {
        case .gatewayUnavailable, .unexpectedAnswer: false
        case .declined, .buyerCodeInvalid, .notReached, .requestRefused, .notOffered, .configuration,
            .amountNotAccepted, .storeServerRefused:
            true
        }
    }

    /// True when the request never left Till.
    public var isNotReached: Bool {
        if case .notReached = self { return true }
        return false
    }

    /// One sentence for the cashier, in English: what happened and what to do.
    public var message: String { message(in: Strings(.en)) }

    /// One sentence for the cashier in the language of `strings` (a gateway's and the
    /// configuration's own words stay as they are).
    public func message(in strings: Strings) -> String {
        switch self {
        case .declined: strings[.cashierDeclined]
        case .buyerCodeInvalid: strings[.cashierBuyerCodeInvalid]
        case .gatewayUnavailable: strings[.cashierUnavailable]
        case .notReached: strings[.cashierNotReached]
        case .requestRefused: strings[.cashierRequestRefused]
        case .notOffered(let gateway, let what): strings.text(.cashierNotOffered, ["gateway": gateway.displayName, "what": what])
        case .configuration(let text): strings.text(.cashierConfiguration, ["text": text])
        case .amountNotAccepted(let text): strings.text(.cashierAmountNotAccepted, ["text": text])
        case .unexpectedAnswer: strings[.cashierUnexpectedAnswer]
        case .storeServerRefused(.token): strings[.cashierStoreServerToken]
        case .storeServerRefused(.call): strings[.cashierStoreServerCall]
        case .storeServerRefused(.noSecretKey): strings[.cashierStoreServerNoSecretKey]
        }
    }
}

/// The gateway's own error code and message, kept beside a `CashierError`.
public struct GatewayRawError: Equatable, Sendable, Codable, CustomStringConvertible {
    /// The code as the gateway wrote it (`not_chargeable`, `9`, `PP-xx-xx`, `USERPAYING`, `HTTP 500`).
    public let code: String
    /// The gateway's message, as sent (never containing our secrets: the gateway does not have them
    /// in readable form, and connectors mask what they echo).
    public let message: String?

    public init(code: String, message: String? = nil) {
        self.code = code
        self.message = message
    }

    public var description: String { message.map { "\(code): \($0)" } ?? code }
}
