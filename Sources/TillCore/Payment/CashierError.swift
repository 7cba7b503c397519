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

    /// The gateway's own code and message behind this error, if any.
    public var raw: GatewayRawError? {
        switch self {
        case .declined(let raw), .buyerCodeInvalid(let raw), .gatewayUnavailable(let raw), .notReached(let raw),
            .requestRefused(let raw), .unexpectedAnswer(let raw):
            raw
        case .notOffered, .configuration, .amountNotAccepted:
            nil
        }
    }

    /// Whether the gateway said no for certain. A server error or an unreadable answer is not: the
    /// request may have been carried out all the same.
    public var isDefinitive: Bool {
        switch self {
        case .gatewayUnavailable, .unexpectedAnswer: false
        case .declined, .buyerCodeInvalid, .notReached, .requestRefused, .notOffered, .configuration,
            .amountNotAccepted:
            true
        }
    }

    /// True when the request never left Till.
    public var isNotReached: Bool {
        if case .notReached = self { return true }
        return false
    }

    /// One sentence for the cashier: what happened and what to do.
    public var message: String {
        switch self {
        case .declined:
            "The payment was declined. Ask the buyer for another way to pay."
        case .buyerCodeInvalid:
            "The buyer's payment code is invalid or expired. Ask the buyer to refresh it and scan again."
        case .gatewayUnavailable:
            "The gateway answered with an error that does not say whether the payment went through. Till is checking with the gateway; do not take this sale again until it knows."
        case .notReached:
            "The gateway could not be reached, so nothing was sent and nothing was charged. Check the network and try again."
        case .requestRefused:
            "The gateway refused the request. Check the gateway settings in the configuration."
        case .notOffered(let gateway, let what):
            "\(gateway.displayName) does not offer \(what)."
        case .configuration(let text):
            "Configuration error: \(text)"
        case .amountNotAccepted(let text):
            "\(text). Charge a larger amount, or choose another brand."
        case .unexpectedAnswer:
            "The gateway's answer did not match the sale. Till is checking the payment's status."
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
