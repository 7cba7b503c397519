import Gateways
import Journal
import TillCore
import TillStrings

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
    /// An attempt was not marked as handled: why, and what to do.
    case notHandled(HandlingRefusal)

    public var message: String { message(in: Strings(.en)) }

    /// The sentence in the language of `strings` (a note's own words stay as they are).
    public func message(in strings: Strings) -> String {
        switch self {
        case .cashier(let error): error.message(in: strings)
        case .journal(let error): error.message(in: strings)
        case .noGateway(let what): strings.text(.checkoutNoGateway, ["what": what])
        case .unknownBuyerCode(let masked): strings.text(.checkoutUnknownBuyerCode, ["code": masked])
        case .notHandled(let why): why.message(in: strings)
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
