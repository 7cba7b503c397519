import Checkout
import Journal
import TillCore
import TillStrings

/// Till's exit codes for the checkout commands: 0 paid or refunded, 1 declined or failed, 2 usage or
/// configuration error, 3 unconfirmed.
enum CheckoutExit {
    static let success: Int32 = 0
    static let declined: Int32 = 1
    static let usage: Int32 = 2
    static let unconfirmed: Int32 = 3

    /// The exit code of an attempt in `state`.
    static func code(for state: AttemptState) -> Int32 {
        switch state {
        case .succeeded: success
        case .failed, .canceled, .closed: declined
        case .created, .awaitingBuyer, .processing, .unconfirmed: unconfirmed
        }
    }

    /// A checkout error as a command-line error: what the cashier cannot do here is a usage error,
    /// what the gateway refused is a failure.
    static func error(_ error: CheckoutError, _ strings: Strings) -> CLIError {
        let message = error.message(in: strings)
        switch error {
        case .cashier(let cashierError):
            switch cashierError {
            case .notOffered, .configuration, .storeServerRefused: return CLIError(message, exitCode: usage)
            default: return CLIError(message, exitCode: declined)
            }
        case .journal, .noGateway, .unknownBuyerCode, .notHandled:
            return CLIError(message, exitCode: usage)
        }
    }
}
