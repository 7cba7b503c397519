import TillCore

/// The one rule for a request that can move money (a create with a buyer code, a charge, a refund, a
/// create whose answer Till must show): send it once; if the answer does not settle it, ask by the
/// merchant order number (refund number) at once; if that does not settle it either, the outcome is
/// unknown (`GatewayError.unconfirmed`) and the checkout keeps asking on the 3 s cadence.
///
/// What settles a send:
/// - a readable answer that the connector maps (paid, waiting, a documented final state);
/// - a documented, definite refusal (`CashierError.isDefinitive`), or a request that never left
///   (`TransportError.notSent`, a refused URL, a call the store server refused to make for a lane).
///
/// Everything else leaves the outcome unknown, because the gateway may have done the work: a timeout, a
/// dropped connection, an HTTP 5xx or 429, an unreadable body, an unknown code, `SYSTEMERROR`-like codes.
/// The request is never sent a second time: a lost create is followed by a look-up, not a new create.
public enum IdempotentCreate {
    /// What one send of the request returned, when it returned at all.
    public enum Sent<Answer> {
        /// A readable answer that settles the request.
        case answered(Answer)
        /// The gateway says this number was used before (`OUT_TRADE_NO_USED`, TapIn's "created by id_1"):
        /// an earlier send went through, so the look-up finds it.
        case numberUsed
    }

    /// Sends once, and looks up by number when the send does not settle the request.
    ///
    /// - Parameters:
    ///   - number: the merchant order number (or refund number) the request carries.
    ///   - send: one send of the request. A thrown error is judged by `ExchangeError.settlesRequest`.
    ///   - lookUp: one question by `number`: the answer, or nil when the gateway does not know the number.
    /// - Throws: a definite refusal as it came; `GatewayError.unconfirmed` when the outcome is unknown.
    public static func run<Answer>(
        number: String,
        send: () async throws(ExchangeError) -> Sent<Answer>,
        lookUp: () async throws(ExchangeError) -> Answer?
    ) async throws(GatewayError) -> Answer {
        let unsettled: String
        do {
            switch try await send() {
            case .answered(let answer): return answer
            case .numberUsed: unsettled = "the gateway says this number was used before"
            }
        } catch where error.settlesRequest {
            throw error.asGatewayError
        } catch {
            unsettled = error.unsettledReason
        }
        let found: Answer?
        do {
            found = try await lookUp()
        } catch .gateway(.unconfirmed(let order, let reason)) {
            // Found, but not in a form the caller can use (a QR code whose answer was lost).
            throw .unconfirmed(orderNumber: order, reason: reason)
        } catch {
            throw .unconfirmed(orderNumber: number, reason: "\(unsettled), and asking by its number failed too")
        }
        guard let found else {
            throw .unconfirmed(orderNumber: number, reason: "\(unsettled), and the gateway does not know it yet")
        }
        return found
    }
}

extension GatewayError {
    /// Whether this error settles a request: a definite refusal does; an unknown outcome does not.
    public var settlesRequest: Bool {
        switch self {
        case .cashier(let error): error.isDefinitive
        case .unconfirmed: false
        }
    }
}

extension ExchangeError {
    /// Whether a failed send settles the request: it never left (not sent, refused URL), or the gateway
    /// refused it definitely. A timeout, a drop, a 5xx, a 429 or an unreadable answer do not.
    public var settlesRequest: Bool {
        switch self {
        case .transport(.notSent), .transport(.insecureURL), .transport(.storeServerRefused): true
        case .transport(.timedOut), .transport(.connectionLost): false
        case .gateway(let error): error.settlesRequest
        }
    }

    /// Why a send that did not settle the request left its outcome unknown, for the journal.
    var unsettledReason: String {
        switch self {
        case .transport(let error): "the gateway's answer was lost (\(error.description))"
        case .gateway(.cashier(let error)): "the gateway answered without settling it (\(error.raw?.description ?? error.message))"
        case .gateway(.unconfirmed(_, let reason)): reason
        }
    }
}

extension ExchangeError {
    /// Runs `body`, which reads an answer, carrying a gateway error it throws as `.gateway`.
    static func reading<T>(_ body: () throws(GatewayError) -> T) throws(ExchangeError) -> T {
        do {
            return try body()
        } catch {
            throw .gateway(error)
        }
    }
}
