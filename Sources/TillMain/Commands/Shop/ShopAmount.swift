import Journal
import TillCore

/// The amounts of the shop's day as typed on the command line (`--float 10000`, `--counted 12.50`):
/// the cashier's strict rule, with zero allowed where a drawer can be empty.
enum ShopAmount {
    static func parse(_ text: String, option: String, currency: Currency, allowZero: Bool = false) throws -> Money {
        do {
            return try Money.parse(cashierInput: text, currency: currency, maximum: nil)
        } catch .zero where allowZero {
            return .zero(currency)
        } catch {
            throw CLIError("\(option) \(text): \(error.message)", exitCode: CheckoutExit.usage)
        }
    }
}

extension ShiftError {
    /// The exit for a refusal of the shop's day: 2, a usage or configuration error.
    var exit: CLIError { CLIError(description, exitCode: CheckoutExit.usage) }
}

/// Runs a journal call of the shop's day, turning its refusal into the command line's exit 2.
func shop<T>(_ body: () async throws(ShiftError) -> T) async throws -> T {
    do { return try await body() } catch { throw error.exit }
}
