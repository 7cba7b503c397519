import Gateways
import Journal
import TillCore

/// Why a checkout step could not go ahead. `message` is one sentence for the cashier.
public enum CheckoutError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The gateway gave a definite answer the cashier can act on.
    case cashier(CashierError)
    /// The journal refused (the sale was not started, or the refund not recorded).
    case journal(JournalError)
    /// No configured gateway offers this.
    case noGateway(String)
    /// The scanned text is not a payment code Till knows.
    case unknownBuyerCode(String)
    /// An attempt was not marked as handled: the text says why and what to do.
    case notHandled(String)

    public var message: String {
        switch self {
        case .cashier(let error): error.message
        case .journal(let error): error.description
        case .noGateway(let what): "No configured gateway offers \(what). Choose another brand or add a gateway to the configuration."
        case .unknownBuyerCode(let masked): "The scanned code \(masked) is not a WeChat Pay or Alipay payment code. Ask the buyer to show their payment code again."
        case .notHandled(let why): why
        }
    }

    public var description: String { message }
}

extension String {
    /// A buyer code with all but its last four digits hidden, for screens and the journal.
    public var maskedBuyerCode: String {
        count <= 4 ? String(repeating: "•", count: count) : String(repeating: "•", count: count - 4) + suffix(4)
    }
}
